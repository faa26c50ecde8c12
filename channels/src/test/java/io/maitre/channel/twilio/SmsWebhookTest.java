package io.maitre.channel.twilio;

import static io.maitre.channel.twilio.SignedWebhooks.params;
import static io.maitre.channel.twilio.SignedWebhooks.signed;
import static io.maitre.channel.twilio.SignedWebhooks.signedWith;
import static io.maitre.channel.twilio.SignedWebhooks.unsigned;
import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.channel.Channel;
import io.maitre.channel.ConversationRef;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@WebMvcTest(controllers = TwilioController.class, properties = {
        "maitre.twilio.auth-token=" + SignedWebhooks.TOKEN,
        "maitre.twilio.public-base-url=" + SignedWebhooks.BASE,
        "maitre.twilio.sms.messages-per-minute=1000"})
@Import(TwilioConfiguration.class)
class SmsWebhookTest {

    private static final String SMS = "/twilio/sms";
    private static final String CUSTOMER = "+15551230001";
    private static final AtomicInteger SIDS = new AtomicInteger();

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ScriptedBot bot;
    @Autowired
    private Fakes.Store store;
    @Autowired
    private Fakes.OptOuts optOuts;
    @Autowired
    private Fakes.Deliveries deliveries;
    @Autowired
    private JsonMapper json;

    @BeforeEach
    void forget() {
        bot.clear();
        store.values.clear();
        optOuts.out.clear();
        deliveries.statuses.clear();
    }

    // --- signatures

    @Test
    void aSignedTextReachesTheBotAndIsAnsweredWithTwiml() throws Exception {
        MockHttpServletResponse response = perform(signed(SMS, text("a large pepperoni pizza")));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/xml");
        assertThat(response.getHeader(TwilioController.INTENT_HEADER)).isEqualTo("order.add");
        List<String> messages = ParsedTwiml.parse(response.getContentAsString()).messages();
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0)).startsWith("Demo Pizzeria: Got it: 1 large pizza with pepperoni. Anything else?")
                .contains("\n1) That's all\n2) A coke");
        assertThat(bot.handled).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("a large pepperoni pizza");
            assertThat(m.channel()).isEqualTo(Channel.SMS);
            assertThat(m.conversation()).isEqualTo(ConversationRef.sms(Fakes.DEMO_NUMBER, CUSTOMER));
        });
        assertThat(bot.openedWithPhone).containsExactly(CUSTOMER);
    }

    @Test
    void theSignatureIsCheckedWithTheSdksValidator() {
        Map<String, String> params = text("hello");
        String url = SignedWebhooks.BASE + SMS;

        assertThat(new com.twilio.security.RequestValidator(SignedWebhooks.TOKEN)
                .validate(url, params, TwilioSignature.sign(SignedWebhooks.TOKEN, url, params))).isTrue();
    }

    @Test
    void anUnsignedRequestIsRefusedAndChangesNothing() throws Exception {
        MockHttpServletResponse response = perform(unsigned(SMS, text("STOP")));

        assertForbidden(response);
        assertThat(optOuts.out).isEmpty();
        assertThat(store.values).isEmpty();
        assertThat(bot.handled).isEmpty();
    }

    @Test
    void aWrongSignatureIsRefused() throws Exception {
        assertForbidden(perform(signedWith("another-token", SignedWebhooks.BASE + SMS, SMS, text("a pizza"))));
        Map<String, String> sent = text("a pizza");
        Map<String, String> tampered = new java.util.LinkedHashMap<>(sent);
        tampered.put("Body", "ten pizzas");
        assertForbidden(perform(unsigned(SMS, tampered).header(TwilioSignature.HEADER,
                TwilioSignature.sign(SignedWebhooks.TOKEN, SignedWebhooks.BASE + SMS, sent))));
        assertThat(bot.handled).isEmpty();
    }

    @Test
    void theSignatureMustCoverTheConfiguredPublicUrl() throws Exception {
        assertForbidden(perform(signedWith(SignedWebhooks.TOKEN, "http://localhost" + SMS, SMS, text("hi"))));
    }

    @Test
    void aSignedRequestWithoutItsFieldsIsBadInput() throws Exception {
        MockHttpServletResponse response = perform(signed(SMS, params("Body", "hi", "MessageSid", sid())));

        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode problem = json.readTree(response.getContentAsString());
        assertThat(problem.get("type").asString()).isEqualTo("https://maitre.io/problems/bad-input");
        assertThat(problem.get("detail").asString()).contains("From");
        assertThat(bot.handled).isEmpty();
    }

    // --- deliveries

    @Test
    void aSecondDeliveryOfTheSameMessageIsAnsweredWithNothing() throws Exception {
        Map<String, String> once = text("a pizza");

        perform(signed(SMS, once));
        MockHttpServletResponse again = perform(signed(SMS, once));

        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(ParsedTwiml.parse(again.getContentAsString()).children()).isZero();
        assertThat(bot.texts()).containsExactly("a pizza");
    }

    @Test
    void theIdempotencyTokenWinsOverTheMessageSid() throws Exception {
        perform(signed(SMS, text("a pizza")).header(WebhookRequest.IDEMPOTENCY_HEADER, "token-1"));
        MockHttpServletResponse retried = perform(signed(SMS, text("a pizza"))
                .header(WebhookRequest.IDEMPOTENCY_HEADER, "token-1"));

        assertThat(ParsedTwiml.parse(retried.getContentAsString()).children()).isZero();
        assertThat(bot.texts()).containsExactly("a pizza");
    }

    @Test
    void theConversationCarriesOnAcrossMessagesAndADigitPicksAChoice() throws Exception {
        perform(signed(SMS, text("a pizza")));
        List<String> second = messages(perform(signed(SMS, text("1"))));
        List<String> third = messages(perform(signed(SMS, text(" 1. "))));

        assertThat(second.get(0)).startsWith("Is this for pickup or delivery?").doesNotContain("Demo Pizzeria:");
        assertThat(third.get(0)).startsWith("What name should I put on the order?");
        assertThat(bot.texts()).containsExactly("a pizza", "That's all", "Pickup");
        assertThat(bot.openedWithPhone).hasSize(1);
    }

    @Test
    void twoFirstTextsArrivingTogetherOpenOneConversationAndBothReachTheBot() throws Exception {
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<MockHttpServletResponse>> sent = new java.util.ArrayList<>();
        for (String body : List.of("a pizza", "a coke")) {
            MockHttpServletRequestBuilder request = signed(SMS, text(body));
            sent.add(threads.submit(() -> {
                start.await();
                return perform(request);
            }));
        }
        start.countDown();
        for (java.util.concurrent.Future<MockHttpServletResponse> response : sent) {
            assertThat(response.get(10, java.util.concurrent.TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        }
        threads.shutdown();

        assertThat(bot.openedWithPhone).containsExactly(CUSTOMER);
        assertThat(bot.texts()).containsExactlyInAnyOrder("a pizza", "a coke");
    }

    @Test
    void aDigitWithoutChoicesOrOutOfRangeIsPassedOnAsItIs() throws Exception {
        perform(signed(SMS, text("a pizza")));
        perform(signed(SMS, text("7")));

        assertThat(bot.texts()).containsExactly("a pizza", "7");
    }

    @Test
    void aTextToANumberNoOutletListsGetsAPoliteAnswer() throws Exception {
        Map<String, String> params = text("a pizza");
        params.put("To", "+19995550000");

        List<String> messages = messages(perform(signed(SMS, params)));

        assertThat(messages).containsExactly("Sorry, this number doesn't take orders by text yet.");
        assertThat(bot.handled).isEmpty();
    }

    // --- keywords

    @Test
    void stopOptsOutAndStartOptsBackIn() throws Exception {
        assertThat(messages(perform(signed(SMS, text("Stop"))))).singleElement().asString()
                .contains("unsubscribed").contains("START");
        assertThat(optOuts.isOptedOut(Fakes.DEMO_NUMBER, CUSTOMER)).isTrue();

        assertThat(messages(perform(signed(SMS, text("a pizza"))))).isEmpty();
        assertThat(bot.handled).isEmpty();

        assertThat(messages(perform(signed(SMS, text("yes"))))).singleElement().asString().contains("subscribed");
        assertThat(optOuts.isOptedOut(Fakes.DEMO_NUMBER, CUSTOMER)).isFalse();
        assertThat(bot.handled).isEmpty();
    }

    @Test
    void everyStopSynonymOptsOut() throws Exception {
        for (String word : List.of("STOPALL", "unsubscribe", "CANCEL", "end", "Quit", "stop.")) {
            optOuts.out.clear();
            perform(signed(SMS, text(word)));
            assertThat(optOuts.isOptedOut(Fakes.DEMO_NUMBER, CUSTOMER)).as(word).isTrue();
        }
        assertThat(bot.handled).isEmpty();
    }

    @Test
    void yesIsAnAnswerForTheBotUnlessTheCustomerOptedOut() throws Exception {
        perform(signed(SMS, text("yes")));

        assertThat(bot.texts()).containsExactly("yes");
    }

    @Test
    void helpAndInfoAnswerWithoutTheBot() throws Exception {
        for (String word : List.of("HELP", "info")) {
            assertThat(messages(perform(signed(SMS, text(word))))).singleElement().asString()
                    .startsWith("Demo Pizzeria: text us your order").contains("STOP");
        }
        assertThat(bot.handled).isEmpty();
    }

    // --- bodies

    @Test
    void aPictureWithoutTextGetsATextOnlyAnswer() throws Exception {
        Map<String, String> mms = text("");
        mms.put("NumMedia", "1");
        mms.put("MediaUrl0", "https://api.twilio.com/media/ME1");
        mms.put("MediaContentType0", "image/jpeg");

        assertThat(messages(perform(signed(SMS, mms)))).singleElement().asString()
                .contains("only read text");
        assertThat(bot.handled).isEmpty();
    }

    @Test
    void aBodyOfTwilioMaximumLengthReachesTheBotAndALongerOneIsDeclined() throws Exception {
        String longest = "a".repeat(1600);
        perform(signed(SMS, text(longest)));
        assertThat(bot.texts()).containsExactly(longest);

        assertThat(messages(perform(signed(SMS, text(longest + "b"))))).singleElement().asString()
                .contains("too long");
        assertThat(bot.handled).hasSize(1);
    }

    @Test
    void emojiReachTheBotAndRepliesStayInTheGsmAlphabet() throws Exception {
        perform(signed(SMS, text("\uD83C\uDF55\uD83C\uDF55 please")));
        List<String> reply = messages(perform(signed(SMS, text("fancy"))));

        assertThat(bot.texts()).containsExactly("\uD83C\uDF55\uD83C\uDF55 please", "fancy");
        assertThat(reply).containsExactly("That's \"great\" - enjoy and café crème...");
        assertThat(Gsm7.fits(reply.get(0))).isTrue();
    }

    @Test
    void aLongReplyIsSplitAtSentences() throws Exception {
        List<String> messages = messages(perform(signed(SMS, text("long"))));

        assertThat(messages).hasSizeGreaterThan(1).allSatisfy(m -> assertThat(m.length()).isLessThanOrEqualTo(320));
        assertThat(messages).allSatisfy(m -> assertThat(m).matches("(?s).*[.?]"));
        assertThat(String.join(" ", messages)).endsWith("What would you like?");
    }

    // --- status callbacks

    @Test
    void statusCallbacksAreRecordedWhenSigned() throws Exception {
        Map<String, String> callback = params("MessageSid", "SM100", "MessageStatus", "undelivered",
                "ErrorCode", "30003", "To", CUSTOMER, "From", Fakes.DEMO_NUMBER);

        assertForbidden(perform(unsigned("/twilio/sms/status", callback)));
        assertThat(deliveries.statuses).isEmpty();

        assertThat(perform(signed("/twilio/sms/status", callback)).getStatus()).isEqualTo(204);
        assertThat(deliveries.statuses).containsEntry("SM100", "undelivered:30003");
    }

    private static Map<String, String> text(String body) {
        return params("From", CUSTOMER, "To", Fakes.DEMO_NUMBER, "Body", body, "MessageSid", sid(), "NumMedia", "0",
                "AccountSid", "AC00000000000000000000000000000000");
    }

    private static String sid() {
        return String.format("SM%032d", SIDS.incrementAndGet());
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static List<String> messages(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        return ParsedTwiml.parse(response.getContentAsString()).messages();
    }

    private void assertForbidden(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(json.readTree(response.getContentAsString()).get("type").asString())
                .isEqualTo("https://maitre.io/problems/bad-signature");
    }
}
