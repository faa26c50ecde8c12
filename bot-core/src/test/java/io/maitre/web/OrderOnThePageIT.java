package io.maitre.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.OpenHoursClock;
import io.maitre.order.FindOrder;
import io.maitre.order.OrderDetails;
import io.maitre.order.OrderId;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The issue's acceptance path on the real service: a person orders a large pepperoni pizza and two
 * cokes for pickup on the page, in headless Chromium, and sees the order number. Skipped without
 * Debian's chromium and chromium-driver.
 */
@Import(OpenHoursClock.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OrderOnThePageIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(15);

    private static ChromeDriver driver;
    private static Path profile;

    @LocalServerPort
    int port;
    @Autowired
    FindOrder findOrder;
    @Autowired
    JdbcClient jdbc;

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
                "--disable-sync", "--lang=en-US", "--user-data-dir=" + profile);
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
    void aPersonOrdersALargePepperoniPizzaAndTwoCokesForPickup() throws IOException {
        driver.get("http://localhost:" + port + "/");
        waitForBotMessages(1);
        assertThat(botTexts().get(0)).contains("What can I get you");

        send("a large pepperoni pizza and two cokes");
        waitForBotMessages(3);
        assertThat(text("#cart-lines")).containsIgnoringCase("pizza").containsIgnoringCase("pepperoni")
                .containsIgnoringCase("coke");
        assertThat(driver.findElements(By.cssSelector("#cart-lines > li"))).hasSize(2);

        clickQuickReply("That's all");
        waitForExpecting("Pickup");
        clickQuickReply("Pickup");
        waitForExpecting("As soon as possible");
        clickQuickReply("As soon as possible");
        waitForLastBotText("name");
        send("Alex");
        waitForLastBotText("phone");
        send("555 123 4567");
        waitForExpecting("Yes, place my order");
        assertThat(lastBotText()).contains("Shall I place the order?").containsIgnoringCase("large pizza");
        clickQuickReply("Yes, place my order");

        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("order-card")));
        String number = text("#order-number");
        assertThat(number).isNotBlank();
        assertThat(lastBotText()).contains(number);
        screenshot("maitre-order-placed.png");

        String orderId = jdbc.sql("select id from orders where order_number = ? order by placed_at desc")
                .param(number.replace("#", "")).query(String.class).list().get(0);
        OrderDetails order = findOrder.byId(OrderId.of(orderId)).orElseThrow();
        assertThat(order.customer().name()).isEqualTo("Alex");
        assertThat(order.lines()).extracting(l -> l.line().itemId() + " x" + l.line().quantity())
                .containsExactlyInAnyOrder("pizza x1", "coke x2");
    }

    private void send(String message) {
        WebElement input = driver.findElement(By.id("message-input"));
        input.sendKeys(message);
        input.sendKeys(Keys.ENTER);
    }

    private void clickQuickReply(String label) {
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.cssSelector(".quick-reply")).stream()
                .filter(b -> b.getText().equals(label) && b.isEnabled()).findFirst().orElse(null)).click();
    }

    private void waitForExpecting(String quickReply) {
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.cssSelector(".quick-reply")).stream()
                .anyMatch(b -> b.getText().equals(quickReply)));
    }

    private void waitForLastBotText(String fragment) {
        new WebDriverWait(driver, WAIT).until(d -> lastBotText().toLowerCase().contains(fragment));
    }

    private void waitForBotMessages(int count) {
        new WebDriverWait(driver, WAIT).until(d -> botTexts().size() >= count);
    }

    private List<String> botTexts() {
        return driver.findElements(By.cssSelector(".msg.bot .text")).stream().map(WebElement::getText).toList();
    }

    private String lastBotText() {
        List<String> texts = botTexts();
        return texts.isEmpty() ? "" : texts.get(texts.size() - 1);
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
