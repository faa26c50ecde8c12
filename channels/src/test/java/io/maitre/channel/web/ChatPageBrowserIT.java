package io.maitre.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.channel.BotMessage;
import io.maitre.channel.ConversationRef;
import io.maitre.channel.OrderView;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives the chat page in headless Chromium against the scripted bot. Needs Debian's chromium and
 * chromium-driver; skipped without them. Selenium Manager is never asked for anything: the driver and browser
 * paths are explicit and it runs offline.
 */
@SpringBootTest(classes = ChannelsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChatPageBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Dimension DESKTOP = new Dimension(1280, 860);
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static ChromeDriver driver;
    private static Path profile;

    @LocalServerPort
    private int port;
    @Autowired
    private FakeMessageHandler bot;
    @Autowired
    private WebConversationPush push;

    @BeforeAll
    static void startBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser test skipped: needs /usr/bin/chromium and /usr/bin/chromedriver"
                        + " (apt-get install chromium chromium-driver)");
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("maitre-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=en-US", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(DESKTOP);
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

    @BeforeEach
    void freshPage() {
        bot.clear();
        driver.get(base());
        js("sessionStorage.clear()");
        driver.get(base());
        waitForBotMessages(1);
    }

    @Test
    void takesAnOrderFromGreetingToLiveStatus() throws IOException {
        assertThat(botTexts()).containsExactly(FakeMessageHandler.GREETING);
        assertThat(quickReplies()).containsExactly("Large pepperoni pizza", "Menu");

        type("I'd like a pizza");
        waitForBotMessages(2);

        assertThat(userTexts()).containsExactly("I'd like a pizza");
        assertThat(text("#cart-lines")).contains("Pizza", "Large", "Pepperoni", "no olives", "extra cheese");
        assertThat(text("#cart-subtotal")).isEqualTo("$14.50");
        assertThat(text("#cart-tax")).isEqualTo("$1.16");
        assertThat(text("#cart-total")).isEqualTo("$15.66");

        clickQuickReply("Add 2 Cokes");
        waitForBotMessages(3);
        assertThat(userTexts()).containsExactly("I'd like a pizza", "Add 2 Cokes");
        assertThat(driver.findElements(By.cssSelector("#cart-lines > li"))).hasSize(2);
        assertThat(text("#cart-lines")).contains("Coke", "$2.25 each", "well chilled");
        assertThat(text("#cart-total")).isEqualTo("$20.52");
        screenshot("maitre-chat-cart.png");

        clickQuickReply("That's all");
        waitForBotMessages(4);
        clickQuickReply("Pickup");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("order-card")));

        assertThat(text("#order-number")).isEqualTo("A-1042");
        assertThat(text("#order-status")).isEqualTo("Placed");
        assertThat(text("#order-fulfillment")).isEqualTo("Pickup, as soon as possible");
        assertThat(text("#order-total")).isEqualTo("$20.52");

        waitForSocket();
        OrderView placed = bot.order(sessionId()).orElseThrow();
        push.orderUpdated(ConversationRef.web(sessionId()), ChatViews.withStatus(placed, "READY"),
                BotMessage.say("Your order A-1042 is ready for pickup!"));

        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBe(By.id("order-status"), "Ready"));
        assertThat(driver.findElement(By.id("order-status")).getAttribute("data-status")).isEqualTo("READY");
        waitForBotMessages(7);
        assertThat(botTexts()).last().isEqualTo("Your order A-1042 is ready for pickup!");
        screenshot("maitre-chat.png");
        driver.manage().window().setSize(new Dimension(390, 844));
        screenshot("maitre-chat-phone.png");
        driver.manage().window().setSize(DESKTOP);

        assertThat(driver.findElement(By.id("escalation")).isDisplayed()).isFalse();
        push.orderUpdated(ConversationRef.web(sessionId()), ChatViews.withStatus(placed, "NEEDS_ATTENTION"),
                BotMessage.say("Your order A-1042 needs a moment of our team's attention."), true);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("escalation")));
    }

    @Test
    void showsTheOrderTimeOnTheOutletsClockWhateverTheBrowsersZone() {
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Tokyo"));
        try {
            assertThat(js("return Intl.DateTimeFormat().resolvedOptions().timeZone")).isEqualTo("Asia/Tokyo");
            type("pizza");
            waitForBotMessages(2);
            type("delivery");
            new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("order-card")));

            assertThat(text("#order-fulfillment")).as("7 pm in New York, not 9 am in Tokyo")
                    .isEqualTo("Delivery to 12 Main Street, New York 10013, at 7:00 PM");
            assertThat(text("#order-total")).as("the fee in the total").isEqualTo("$19.97");
        } finally {
            driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
        }
    }

    @Test
    void rendersMarkupAsPlainText() {
        String markup = "<img src=x onerror=\"window.pwned=1\"><b>bold</b><script>window.pwned=2</script>";

        type(markup);
        waitForBotMessages(2);

        assertThat(userTexts()).containsExactly(markup);
        assertThat(botTexts()).last().isEqualTo("You said: " + markup);
        assertThat(driver.findElements(By.cssSelector("#conversation img, #conversation b, #conversation script")))
                .isEmpty();
        assertThat(js("return window.pwned === undefined")).isEqualTo(true);
    }

    @Test
    void acceptsEmojiOnlyText() {
        type("🍕🍕🍕");
        waitForBotMessages(2);

        assertThat(userTexts()).containsExactly("🍕🍕🍕");
        assertThat(botTexts()).last().isEqualTo("You said: 🍕🍕🍕");
    }

    @Test
    void locksTheComposerWhileTheBotIsAnswering() {
        type("slow");

        assertThat(driver.findElement(By.id("send")).isEnabled()).isFalse();
        assertThat(driver.findElement(By.id("message-input")).isEnabled()).isFalse();
        waitForBotMessages(2);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(By.id("send")));
        assertThat(driver.findElement(By.id("message-input")).isEnabled()).isTrue();
    }

    @Test
    void showsAFailurePolitelyAndKeepsTheText() throws IOException {
        type("boom");

        WebElement error = new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertThat(error.getText()).contains("Something went wrong on our side");
        assertThat(text(".msg.user.failed")).contains("Not sent");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(By.id("send")));
        assertThat(driver.findElement(By.id("message-input")).getAttribute("value")).isEqualTo("boom");
        assertThat(quickReplies()).containsExactly("Large pepperoni pizza", "Menu");
        screenshot("maitre-chat-error.png");
    }

    @Test
    void resumesAfterAReloadAndStartsOverOnRequest() {
        type("pizza");
        waitForBotMessages(2);
        String session = sessionId();

        driver.navigate().refresh();
        waitForBotMessages(2);

        assertThat(sessionId()).isEqualTo(session);
        assertThat(userTexts()).containsExactly("pizza");
        assertThat(text("#cart-total")).isEqualTo("$15.66");
        assertThat(quickReplies()).containsExactly("Add 2 Cokes", "That's all");

        driver.findElement(By.id("start-over")).click();
        new WebDriverWait(driver, WAIT).until(d -> !session.equals(sessionId()) && botTexts().size() == 1);

        assertThat(userTexts()).isEmpty();
        assertThat(driver.findElement(By.id("cart-empty")).isDisplayed()).isTrue();
    }

    @Test
    void startsANewChatWhenTheOldOneIsGone() {
        String session = sessionId();
        bot.clear();

        type("pizza");

        WebElement notice = new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(notice.getText()).contains("started a new one");
        assertThat(sessionId()).isNotEqualTo(session);
        assertThat(botTexts()).containsExactly(FakeMessageHandler.GREETING);
        assertThat(driver.findElement(By.id("message-input")).getAttribute("value")).isEqualTo("pizza");
    }

    private String base() {
        return "http://localhost:" + port + "/";
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private String sessionId() {
        Object id = js("const s = JSON.parse(sessionStorage.getItem('maitre.chat') || 'null'); return s && s.sessionId;");
        return id == null ? null : id.toString();
    }

    private void type(String text) {
        WebElement input = new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.elementToBeClickable(By.id("message-input")));
        input.clear();
        js("const input = document.getElementById('message-input'); input.value = arguments[0];".replace(
                "arguments[0]", toJsString(text)));
        input.sendKeys(Keys.ENTER);
    }

    /** sendKeys cannot type characters outside the BMP (emoji), so the value is set by script and Enter typed. */
    private static String toJsString(String text) {
        StringBuilder literal = new StringBuilder("'");
        text.chars().forEach(c -> literal.append(String.format("\\u%04x", c)));
        return literal.append('\'').toString();
    }

    private void clickQuickReply(String label) {
        new WebDriverWait(driver, WAIT).until(d -> quickReplies().contains(label));
        for (WebElement button : driver.findElements(By.cssSelector(".quick-reply"))) {
            if (button.getText().equals(label)) {
                button.click();
                return;
            }
        }
    }

    private void waitForBotMessages(int count) {
        new WebDriverWait(driver, WAIT).until(d -> botTexts().size() >= count);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(By.id("send")));
    }

    private void waitForSocket() {
        new WebDriverWait(driver, WAIT).until(d -> "attached".equals(js("return document.body.dataset.socket")));
    }

    private List<String> botTexts() {
        return texts(".msg.bot .text");
    }

    private List<String> userTexts() {
        return texts(".msg.user .text");
    }

    private List<String> quickReplies() {
        return texts(".quick-reply");
    }

    private List<String> texts(String selector) {
        return driver.findElements(By.cssSelector(selector)).stream().map(e -> e.getAttribute("textContent"))
                .toList();
    }

    private String text(String selector) {
        return driver.findElement(By.cssSelector(selector)).getText();
    }

    /** Kept under target/screenshots for a person to look at; the assertions are what the test checks. */
    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(SCREENSHOTS);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
