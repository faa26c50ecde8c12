package io.maitre.channel.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.twilio.http.TwilioRestClient;
import io.maitre.channel.BotMessage;
import io.maitre.channel.ConversationRef;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

/** Calls taken over by staff are transferred through the real Twilio SDK, with WireMock standing in for Twilio. */
class VoicePushTest {

    private static final String ACCOUNT = "AC33333333333333333333333333333333";
    private static final String CALL_SID = "CA44444444444444444444444444444444";
    private static final String CALL = "/2010-04-01/Accounts/" + ACCOUNT + "/Calls/" + CALL_SID + ".json";
    private static final String UPDATED = """
            {"sid": "%s", "account_sid": "%s", "status": "in-progress"}""".formatted(CALL_SID, ACCOUNT);
    private static final String HELLO = "You're now talking with ana from our team.";
    private static final ConversationRef REF = ConversationRef.voice(CALL_SID);

    @RegisterExtension
    static final WireMockExtension TWILIO = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private final JsonMapper json = JsonMapper.builder().build();
    private final Fakes.Store store = new Fakes.Store();
    private ExecutorService executor;

    @BeforeEach
    void setUp() {
        TWILIO.stubFor(post(urlEqualTo(CALL)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(UPDATED)));
        executor = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void stopSending() {
        executor.shutdownNow();
    }

    @Test
    void aCallListeningToTheBotIsUpdatedToSayTheMembersWordsAndDialTheStaffNumber() throws Exception {
        listening("demo");

        sent(push(ACCOUNT, new Fakes.Outlets()), HELLO, true);

        List<LoggedRequest> updates = TWILIO.findAll(postRequestedFor(urlEqualTo(CALL)));
        assertThat(updates).hasSize(1);
        ParsedTwiml twiml = ParsedTwiml.parse(form(updates.get(0).getBodyAsString(), "Twiml"));
        assertThat(twiml.spoken()).startsWith(HELLO + " Let me put you through to the restaurant.");
        assertThat(twiml.dialed()).isEqualTo(Fakes.STAFF_NUMBER);
        assertThat(twiml.has("Gather")).isFalse();
        CallState after = state();
        assertThat(after.listening()).isFalse();
        assertThat(after.lastTwiml()).contains("<Dial>" + Fakes.STAFF_NUMBER + "</Dial>");
    }

    @Test
    void aCallIsTransferredThisWayOnceEvenIfItsStateStillSaysItListens() throws Exception {
        listening("demo");
        VoicePush push = push(ACCOUNT, new Fakes.Outlets());
        sent(push, HELLO, true);

        listening("demo");
        sent(push, "Let me check that for you.", true);

        assertThat(TWILIO.findAll(postRequestedFor(urlEqualTo(CALL)))).hasSize(1);
    }

    @Test
    void anOutletWithoutAStaffNumberApologisesAndEndsTheCallInstead() throws Exception {
        listening("demo");
        TwilioOutlet nobody = new TwilioOutlet("demo", "Demo Pizzeria", List.of(Fakes.DEMO_NUMBER), null, null,
                List.of());
        TwilioOutlets outlets = new TwilioOutlets() {
            @Override
            public Optional<TwilioOutlet> byNumber(String phoneNumber) {
                return Optional.of(nobody);
            }

            @Override
            public Optional<TwilioOutlet> byId(String outletId) {
                return Optional.of(nobody);
            }
        };

        sent(push(ACCOUNT, outlets), HELLO, true);

        ParsedTwiml twiml = ParsedTwiml.parse(form(TWILIO.findAll(postRequestedFor(urlEqualTo(CALL))).get(0)
                .getBodyAsString(), "Twiml"));
        assertThat(twiml.dialed()).isNull();
        assertThat(twiml.has("Hangup")).isTrue();
        assertThat(twiml.spoken()).contains("nobody here to take your call");
    }

    @Test
    void nothingButATakeOverOfACallStillListeningTouchesTheCall() throws Exception {
        listening("demo");
        sent(push(ACCOUNT, new Fakes.Outlets()), "I'm back — thanks for waiting.", false);
        assertThat(state().listening()).isTrue();

        store.put("maitre:twilio:call:" + CALL_SID, json.writeValueAsString(CallState.to("demo")
                .answered("t1", "<Response><Dial>+12125550143</Dial></Response>", false)), null);
        sent(push(ACCOUNT, new Fakes.Outlets()), HELLO, true);

        store.values.clear();
        sent(push(ACCOUNT, new Fakes.Outlets()), HELLO, true);

        assertThat(TWILIO.findAll(anyRequestedFor(anyUrl()))).as("a hand-back, a transferred call, an unknown call")
                .isEmpty();
    }

    @Test
    void aCallThatEndedMeanwhileOrATwilioFailureIsLoggedAndTheNextWebhookTransfersIt() throws Exception {
        listening("demo");
        TWILIO.stubFor(post(urlEqualTo(CALL)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\": 21220, \"message\": \"Call is not in-progress. Cannot redirect.\","
                        + " \"status\": 400}")));

        sent(push(ACCOUNT, new Fakes.Outlets()), HELLO, true);

        assertThat(TWILIO.findAll(postRequestedFor(urlEqualTo(CALL)))).hasSize(1);
        assertThat(state().listening()).isFalse();
    }

    @Test
    void withoutAnAccountToCallTwilioWithTheCallIsLeftToItsNextWebhook() throws Exception {
        listening("demo");

        sent(push(null, new Fakes.Outlets()), HELLO, true);

        assertThat(TWILIO.findAll(anyRequestedFor(anyUrl()))).isEmpty();
        assertThat(state().listening()).isFalse();
    }

    private void listening(String outletId) {
        CallState asked = CallState.to(outletId).asked("Anything else?", "Anything else?", "more_items", List.of())
                .answered("t1", "<Response><Gather/></Response>", true);
        store.put("maitre:twilio:call:" + CALL_SID, json.writeValueAsString(asked), null);
    }

    private CallState state() {
        return json.readValue(store.get("maitre:twilio:call:" + CALL_SID).orElseThrow(), CallState.class);
    }

    private VoicePush push(String account, TwilioOutlets outlets) {
        TwilioProperties defaults = WebhookVerifierTest.properties("the-auth-token", false,
                "https://pizza.example.com");
        TwilioProperties properties = new TwilioProperties("the-auth-token", account, "https://pizza.example.com",
                false, "http://localhost:" + TWILIO.getPort(), defaults.sms(), defaults.voice());
        TwilioRestClient client = new TwilioRestClient.Builder(ACCOUNT, "the-auth-token")
                .httpClient(new TwilioApiHttpClient(properties.apiBaseUrl(), Clock.systemUTC()))
                .build();
        return new VoicePush(client, outlets, store, properties, json, executor);
    }

    /** Says the text through the push and waits for its transfer, if any, to be made. */
    private void sent(VoicePush push, String text, boolean escalated) throws Exception {
        push.said(REF, "staff", BotMessage.say(text), escalated);
        executor.submit(() -> { }).get(10, TimeUnit.SECONDS);
    }

    private static String form(String body, String name) {
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("No " + name + " in " + body);
    }
}
