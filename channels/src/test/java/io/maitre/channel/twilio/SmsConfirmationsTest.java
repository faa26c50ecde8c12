package io.maitre.channel.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.twilio.http.TwilioRestClient;
import io.maitre.channel.ConversationRef;
import io.maitre.channel.PhoneConfirmation.CodeCheck;
import io.maitre.channel.PhoneConfirmation.CodeSent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

/**
 * Confirming a number typed into web chat: the code goes out through the real Twilio SDK to WireMock, is kept only
 * hashed, expires, allows a few tries, and a number gets only a few codes an hour.
 */
class SmsConfirmationsTest {

    private static final String ACCOUNT = "AC33333333333333333333333333333333";
    private static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";
    private static final String NUMBER = "+15551230077";
    private static final Pattern CODE = Pattern.compile("code is (\\d{6})");

    @RegisterExtension
    static final WireMockExtension TWILIO = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private final Fakes.Store store = new Fakes.Store();
    private final Fakes.OptOuts optOuts = new Fakes.OptOuts();
    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-23T23:00:00Z"));
    private final ConversationRef chat = ConversationRef.web("session-1");
    private ExecutorService sending;
    private SmsConfirmations confirmations;

    @BeforeEach
    void setUp() {
        TWILIO.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"sid\": \"SMcode\", \"status\": \"queued\"}")));
        confirmations = confirmations(properties(ACCOUNT));
    }

    @Test
    void aTextedCodeTypedBackConfirmsTheNumberAndIsNeverStoredInTheClear() throws Exception {
        assertThat(confirmations.available("demo")).isTrue();
        assertThat(confirmations.textable("demo", "(555) 123-0077")).contains(NUMBER);

        assertThat(confirmations.sendCode(chat, "demo", NUMBER)).isEqualTo(CodeSent.SENT);
        String text = texts().get(0);
        String code = code(text);

        assertThat(text).startsWith("Demo Pizzeria: your code is ").contains("expires in 10 minutes");
        assertThat(store.values.values()).noneMatch(v -> v.contains(code));
        assertThat(confirmations.confirmed(chat)).isEmpty();
        assertThat(confirmations.check(chat, wrong(code))).isEqualTo(CodeCheck.WRONG);
        assertThat(confirmations.check(ConversationRef.web("someone-else"), code)).isEqualTo(CodeCheck.NONE);
        assertThat(confirmations.check(chat, " " + code + " ")).isEqualTo(CodeCheck.CONFIRMED);
        assertThat(confirmations.confirmed(chat)).contains(NUMBER);
        assertThat(confirmations.check(chat, code)).as("a code is used once").isEqualTo(CodeCheck.NONE);
    }

    @Test
    void aCodeIsVoidAfterTheAllowedTries() throws Exception {
        confirmations.sendCode(chat, "demo", NUMBER);
        String code = code(texts().get(0));

        for (int i = 0; i < 4; i++) {
            assertThat(confirmations.check(chat, wrong(code))).isEqualTo(CodeCheck.WRONG);
        }
        assertThat(confirmations.check(chat, wrong(code))).isEqualTo(CodeCheck.TOO_MANY_TRIES);
        assertThat(confirmations.check(chat, code)).isEqualTo(CodeCheck.NONE);
        assertThat(confirmations.confirmed(chat)).isEmpty();
    }

    @Test
    void aCodeExpires() throws Exception {
        confirmations.sendCode(chat, "demo", NUMBER);
        String code = code(texts().get(0));

        clock.move(Duration.ofMinutes(10));

        assertThat(confirmations.check(chat, code)).isEqualTo(CodeCheck.EXPIRED);
        assertThat(confirmations.confirmed(chat)).isEmpty();
    }

    @Test
    void aNumberGetsOnlyAFewCodesAnHourWhicheverConversationAsks() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(confirmations.sendCode(ConversationRef.web("chat-" + i), "demo", NUMBER))
                    .isEqualTo(CodeSent.SENT);
        }
        assertThat(confirmations.sendCode(ConversationRef.web("chat-4"), "demo", NUMBER))
                .isEqualTo(CodeSent.TOO_MANY);
        assertThat(texts()).hasSize(3);
    }

    @Test
    void aConversationGetsOnlyAFewCodesAnHourWhicheverNumbersItGives() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(confirmations.sendCode(chat, "demo", "+1555123010" + i)).isEqualTo(CodeSent.SENT);
        }
        assertThat(confirmations.sendCode(chat, "demo", "+15551230109")).isEqualTo(CodeSent.TOO_MANY);
        assertThat(texts()).hasSize(3);
    }

    @Test
    void aNumberThatOptedOutGetsNoCode() throws Exception {
        optOuts.optOut(Fakes.DEMO_NUMBER, NUMBER);

        assertThat(confirmations.sendCode(chat, "demo", NUMBER)).isEqualTo(CodeSent.OPTED_OUT);
        assertThat(texts()).isEmpty();
    }

    @Test
    void withoutAnAccountOrAnOutletNumberNothingIsTexted() throws Exception {
        SmsConfirmations unconfigured = confirmations(properties(null));

        assertThat(unconfigured.available("demo")).isFalse();
        assertThat(unconfigured.sendCode(chat, "demo", NUMBER)).isEqualTo(CodeSent.UNAVAILABLE);
        assertThat(confirmations.available("elsewhere")).isFalse();
        assertThat(confirmations.sendCode(chat, "elsewhere", NUMBER)).isEqualTo(CodeSent.UNAVAILABLE);
        assertThat(texts()).isEmpty();
    }

    private SmsConfirmations confirmations(TwilioProperties properties) {
        TwilioRestClient client = new TwilioRestClient.Builder(ACCOUNT, "the-auth-token")
                .httpClient(new TwilioApiHttpClient(properties.apiBaseUrl(), Clock.systemUTC()))
                .build();
        SmsSender sender = new SmsSender(client, optOuts, new Fakes.Deliveries(), properties);
        sending = Executors.newSingleThreadExecutor();
        SmsPush push = new SmsPush(sender, new Fakes.Outlets(), store, properties, sending);
        return new SmsConfirmations(push, new Fakes.Outlets(), store, optOuts, properties, clock,
                JsonMapper.builder().build());
    }

    private static TwilioProperties properties(String account) {
        TwilioProperties defaults = WebhookVerifierTest.properties("the-auth-token", false, null);
        return new TwilioProperties("the-auth-token", account, null, false, "http://localhost:" + TWILIO.getPort(),
                defaults.sms(), defaults.voice());
    }

    /** The bodies of the texts sent so far. */
    private List<String> texts() throws InterruptedException {
        sending.shutdown();
        assertThat(sending.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        return TWILIO.findAll(postRequestedFor(urlEqualTo(MESSAGES))).stream()
                .map(r -> r.getBodyAsString().replaceAll(".*Body=([^&]*).*", "$1"))
                .map(b -> URLDecoder.decode(b, StandardCharsets.UTF_8))
                .toList();
    }

    private static String code(String text) {
        Matcher matcher = CODE.matcher(text);
        assertThat(matcher.find()).as("a code in %s", text).isTrue();
        return matcher.group(1);
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "000001" : "000000";
    }

    /** A clock the test moves on. */
    private static final class MovingClock extends Clock {
        private volatile Instant now;

        MovingClock(Instant start) {
            now = start;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
