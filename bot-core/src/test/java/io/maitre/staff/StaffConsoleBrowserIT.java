package io.maitre.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maitre.OpenHoursClock;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The console's acceptance path in headless Chromium, with a customer in one tab and staff in another: sign in; the
 * customer asks for a person and the hand-off arrives live with an alert; take over; a customer message that looks
 * like HTML shows as text; reply, which the customer sees in web chat; hand back, and the bot answers again with the
 * cart intact. Saves the screenshots docs/console.md shows. Skipped without Debian's chromium and chromium-driver.
 */
@Import(OpenHoursClock.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "maitre.staff.admin.username=ana", "maitre.staff.admin.password=correct horse battery"})
class StaffConsoleBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String XSS = "<img src=x onerror=alert(1)>";

    private static ChromeDriver driver;
    private static Path profile;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser test skipped: needs /usr/bin/chromium and /usr/bin/chromedriver"
                        + " (apt-get install chromium chromium-driver)");
        System.setProperty("SE_OFFLINE", "true");
        profile = Files.createTempDirectory("maitre-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=en-US", "--autoplay-policy=no-user-gesture-required",
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                "--user-data-dir=" + profile);
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
        driver.manage().window().setSize(new Dimension(1280, 860));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void staffTakeOverAHandOffReplyAndHandBack() throws IOException {
        String base = "http://localhost:" + port;

        driver.get(base + "/staff");
        waitFor(d -> d.getCurrentUrl().endsWith("/login"));
        screenshot("sign-in.png");
        driver.findElement(By.id("username")).sendKeys("ana");
        driver.findElement(By.id("password")).sendKeys("correct horse battery", Keys.ENTER);
        waitFor(d -> "live".equals(d.findElement(By.cssSelector("body")).getDomAttribute("data-socket")));
        assertThat(text("#me")).contains("ana");
        String console = driver.getWindowHandle();

        driver.switchTo().newWindow(WindowType.TAB);
        String customer = driver.getWindowHandle();
        driver.get(base + "/");
        waitFor(d -> botTexts().size() >= 1);
        waitFor(d -> "attached".equals(d.findElement(By.cssSelector("body")).getDomAttribute("data-socket")));
        send("a large pepperoni pizza");
        waitFor(d -> !d.findElements(By.cssSelector("#cart-lines > li")).isEmpty());
        int before = botTexts().size();
        send("i want to talk to a real person");
        waitFor(d -> botTexts().size() > before);
        assertThat(lastBotText()).contains("member of our team");

        driver.switchTo().window(console);
        waitFor(d -> d.findElement(By.id("alert")).isDisplayed());
        assertThat(driver.getTitle()).startsWith("(1) New hand-off");
        WebElement row = waitFor(d -> d.findElements(By.cssSelector("[data-testid=conversation]")).stream()
                .filter(r -> "true".equals(r.getDomAttribute("data-handed-off"))).findFirst().orElse(null));
        assertThat(row.getText()).contains("waiting for staff").containsIgnoringCase("person");
        screenshot("hand-off-alert.png");
        row.click();
        waitFor(d -> d.findElement(By.id("detail")).isDisplayed());
        driver.findElement(By.id("take-over")).click();
        waitFor(d -> "ana".equals(d.findElement(By.id("detail")).getDomAttribute("data-owner")));

        driver.switchTo().window(customer);
        waitFor(d -> staffTexts().stream().anyMatch(t -> t.contains("talking with ana")));
        send(XSS);
        waitFor(d -> d.findElements(By.cssSelector(".msg.user .text")).stream()
                .anyMatch(m -> XSS.equals(m.getText())));

        driver.switchTo().window(console);
        waitFor(d -> d.findElements(By.cssSelector("#transcript li.customer")).stream()
                .anyMatch(m -> m.getText().contains(XSS)));
        assertThat(driver.findElements(By.cssSelector("#transcript img"))).isEmpty();
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        WebElement reply = driver.findElement(By.id("reply"));
        reply.sendKeys("So sorry for the wait! I've put your pizza first in line.");
        driver.findElement(By.cssSelector("[data-testid=send]")).click();
        waitFor(d -> d.findElements(By.cssSelector("#transcript li.staff")).stream()
                .anyMatch(m -> m.getText().contains("first in line")));
        screenshot("taken-over.png");

        driver.switchTo().window(customer);
        waitFor(d -> staffTexts().stream().anyMatch(t -> t.contains("first in line")));
        screenshot("customer-sees-reply.png");

        driver.switchTo().window(console);
        driver.findElement(By.id("hand-back")).click();
        waitFor(d -> text("#detail-meta").startsWith("bot"));

        driver.switchTo().window(customer);
        waitFor(d -> lastBotText().startsWith("I'm back"));
        assertThat(lastBotText()).containsIgnoringCase("pepperoni");
        int beforeAgain = botTexts().size();
        send("that's all");
        waitFor(d -> botTexts().size() > beforeAgain);
        assertThat(lastBotText()).containsIgnoringCase("pickup");
        assertThat(driver.findElements(By.cssSelector("#cart-lines > li"))).hasSize(1);
        assertThat(text("#cart-lines")).containsIgnoringCase("pepperoni");
        screenshot("bot-back.png");

        driver.switchTo().window(console);
        waitFor(d -> !d.findElement(By.id("reply")).isEnabled());
        assertThat(driver.findElement(By.id("take-over")).isEnabled()).isTrue();

        WebElement coke = waitFor(d -> d.findElements(By.cssSelector("#items li")).stream()
                .filter(li -> li.getText().toLowerCase().contains("coke")).findFirst().orElse(null));
        coke.findElement(By.tagName("button")).click();
        waitFor(d -> d.findElements(By.cssSelector("#items li.sold-out")).stream()
                .anyMatch(li -> li.getText().toLowerCase().contains("coke")));
        screenshot("console.png");
    }

    private void send(String message) {
        WebElement input = driver.findElement(By.id("message-input"));
        waitFor(d -> input.isEnabled());
        input.sendKeys(message);
        input.sendKeys(Keys.ENTER);
    }

    private static <T> T waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(condition);
    }

    private List<String> botTexts() {
        return driver.findElements(By.cssSelector(".msg.bot:not(.staff) .text")).stream().map(WebElement::getText)
                .toList();
    }

    private List<String> staffTexts() {
        return driver.findElements(By.cssSelector(".msg.staff .text")).stream().map(WebElement::getText).toList();
    }

    private String lastBotText() {
        List<String> texts = botTexts();
        return texts.isEmpty() ? "" : texts.get(texts.size() - 1);
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private void screenshot(String name) throws IOException {
        Path docs = Files.isDirectory(Path.of("..", "docs")) ? Path.of("..", "docs") : Path.of("docs");
        Path target = docs.resolve("console").resolve(name);
        driver.executeScript("window.scrollTo(0, 0)");
        Files.createDirectories(target.getParent());
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
