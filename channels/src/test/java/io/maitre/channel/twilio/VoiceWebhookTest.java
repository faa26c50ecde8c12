package io.maitre.channel.twilio;

import static io.maitre.channel.twilio.SignedWebhooks.params;
import static io.maitre.channel.twilio.SignedWebhooks.signed;
import static io.maitre.channel.twilio.SignedWebhooks.unsigned;
import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.channel.Channel;
import io.maitre.channel.ConversationRef;
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
import org.w3c.dom.Element;

@WebMvcTest(controllers = TwilioController.class, properties = {
        "maitre.twilio.auth-token=" + SignedWebhooks.TOKEN,
        "maitre.twilio.public-base-url=" + SignedWebhooks.BASE,
        "maitre.twilio.voice.speech-timeout=2"})
@Import(TwilioConfiguration.class)
class VoiceWebhookTest {

    private static final String CALLER = "+15551230002";
    private static final AtomicInteger CALLS = new AtomicInteger();

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ScriptedBot bot;
    @Autowired
    private Fakes.Store store;

    private String callSid;

    @BeforeEach
    void newCall() {
        bot.clear();
        store.values.clear();
        callSid = String.format("CA%032d", CALLS.incrementAndGet());
    }

    @Test
    void aCallIsGreetedInsideAGatherThatListensForSpeechAndKeys() throws Exception {
        ParsedTwiml twiml = call();

        Element gather = twiml.gather();
        assertThat(gather.getAttribute("input")).isEqualTo("speech dtmf");
        assertThat(gather.getAttribute("action")).isEqualTo(SignedWebhooks.BASE + "/twilio/voice/gather");
        assertThat(gather.getAttribute("method")).isEqualTo("POST");
        assertThat(gather.getAttribute("speechTimeout")).isEqualTo("2");
        assertThat(gather.getAttribute("actionOnEmptyResult")).isEqualTo("true");
        assertThat(gather.getAttribute("hints")).isEqualTo("pizza,pepperoni,coke,pickup,delivery");
        assertThat(twiml.spoken()).isEqualTo("Hi, welcome to Demo Pizzeria! What can I get you?");
        assertThat(bot.openedWithPhone).containsExactly(CALLER);
    }

    @Test
    void theSameCallWebhookTwiceOpensOneConversation() throws Exception {
        call();
        call();

        assertThat(bot.openedWithPhone).hasSize(1);
    }

    @Test
    void anUnsignedCallIsRefused() throws Exception {
        MockHttpServletResponse response = mvc.perform(unsigned("/twilio/voice", callParams())).andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(bot.openedWithPhone).isEmpty();
    }

    @Test
    void repliesAreSpokenForTheEarWithKeysToPress() throws Exception {
        call();
        ParsedTwiml added = say("a large pepperoni pizza", "0.92");

        assertThat(added.spoken()).isEqualTo("Got it: 1 large pizza with pepperoni. Anything else?"
                + " Press 1 for that's all, or 2 for a coke.");
        assertThat(bot.handled).singleElement().satisfies(m -> assertThat(m.channel()).isEqualTo(Channel.VOICE));
    }

    @Test
    void aKeyPicksAChoiceAndTheWholeOrderIsReadBackBeforePlacing() throws Exception {
        call();
        say("a pizza", "0.9");
        press("1");
        say("pickup", "0.9");
        ParsedTwiml readBack = say("Alex", "0.9");

        assertThat(readBack.spoken()).contains("Total twenty-three thirty-nine")
                .contains("Pickup at seven fifteen this evening")
                .endsWith("Press 1 or say yes to place it. Press 2 to change something.");
        ParsedTwiml placed = press("1");

        assertThat(bot.texts()).containsExactly("a pizza", "That's all", "pickup", "Alex", "Yes, place my order");
        assertThat(placed.spoken()).contains("Your order number is 001").endsWith("Goodbye.");
        assertThat(placed.has("Hangup")).isTrue();
        assertThat(placed.has("Gather")).isFalse();
    }

    @Test
    void silenceIsMetWithARepromptThenAShorterOneThenAnOfferOfAPersonThenATransfer() throws Exception {
        call();
        say("a pizza", "0.9");

        assertThat(silence().spoken()).startsWith("Sorry, I didn't catch that. Got it: 1 large pizza");
        assertThat(silence().spoken()).isEqualTo("Anything else? Press 1 for that's all, or 2 for a coke.");
        assertThat(silence().spoken()).startsWith("You can also press 0 to talk to someone");
        ParsedTwiml transfer = silence();

        assertThat(transfer.dialed()).isEqualTo(Fakes.STAFF_NUMBER);
        assertThat(bot.texts()).containsExactly("a pizza");
    }

    @Test
    void aKeyAnswerHeardWithLowConfidenceIsConfirmedFirst() throws Exception {
        call();
        say("a pizza", "0.9");
        press("1");
        say("pickup", "0.9");

        ParsedTwiml check = say("Alex", "0.21");
        assertThat(check.spoken()).isEqualTo("I heard: Alex. Is that right? Press 1 or say yes. Press 2 or say no.");
        assertThat(bot.texts()).containsExactly("a pizza", "That's all", "pickup");

        assertThat(say("no", "0.9").spoken()).startsWith("Sorry about that. What name should I put on the order?");
        say("Alec", "0.3");
        say("yes", "0.8");
        assertThat(bot.texts()).containsExactly("a pizza", "That's all", "pickup", "Alec");
    }

    @Test
    void askingForAPersonOrPressingZeroTransfersTheCall() throws Exception {
        call();
        assertThat(say("can I talk to a person", "0.9").dialed()).isEqualTo(Fakes.STAFF_NUMBER);

        newCall();
        call();
        ParsedTwiml pressedZero = press("0");
        assertThat(pressedZero.dialed()).isEqualTo(Fakes.STAFF_NUMBER);
        assertThat(pressedZero.spoken()).contains("put you through");
    }

    @Test
    void aCallTakenOverByStaffIsPutThroughAtItsNextWebhookAndTheBotSaysNothingMore() throws Exception {
        call();
        say("a pizza", "0.9");
        bot.takenOver(ConversationRef.voice(callSid));

        ParsedTwiml spoke = say("hello, are you still there?", "0.9");

        assertThat(spoke.dialed()).isEqualTo(Fakes.STAFF_NUMBER);
        assertThat(spoke.spoken()).isEqualTo("Let me put you through to the restaurant.");
        assertThat(bot.texts()).as("the caller's words still reach staff").containsExactly("a pizza",
                "hello, are you still there?");
    }

    @Test
    void aSilentCallTakenOverByStaffIsPutThroughWithoutTheBotsRepromptOrCheckingWhatItHeard() throws Exception {
        call();
        say("a pizza", "0.9");
        bot.takenOver(ConversationRef.voice(callSid));

        ParsedTwiml silent = silence();

        assertThat(silent.dialed()).isEqualTo(Fakes.STAFF_NUMBER);
        assertThat(silent.spoken()).doesNotContain("Anything else").doesNotContain("didn't catch");

        newCall();
        call();
        say("a pizza", "0.9");
        press("1");
        say("pickup", "0.9");
        bot.takenOver(ConversationRef.voice(callSid));
        ParsedTwiml unsure = say("Alex", "0.2");

        assertThat(unsure.dialed()).isEqualTo(Fakes.STAFF_NUMBER);
        assertThat(unsure.spoken()).doesNotContain("I heard");
        assertThat(bot.texts()).last().isEqualTo("Alex");
    }

    @Test
    void aRepeatedGatherWebhookIsAnsweredAgainWithoutASecondTurn() throws Exception {
        call();
        Map<String, String> turn = gatherParams("SpeechResult", "a pizza", "Confidence", "0.9");
        String first = mvc.perform(signed("/twilio/voice/gather", turn)
                .header(WebhookRequest.IDEMPOTENCY_HEADER, "retry-1")).andReturn().getResponse().getContentAsString();
        String again = mvc.perform(signed("/twilio/voice/gather", turn)
                .header(WebhookRequest.IDEMPOTENCY_HEADER, "retry-1")).andReturn().getResponse().getContentAsString();

        assertThat(again).isEqualTo(first);
        assertThat(bot.texts()).containsExactly("a pizza");
    }

    @Test
    void aTransferReportsHowItEndedSoThatOnlyACallNobodyTookIsApologisedFor() throws Exception {
        call();
        ParsedTwiml transfer = say("can I talk to a person", "0.9");
        assertThat(transfer.dialAction()).endsWith("/twilio/voice/gather");
        assertThat(transfer.spoken()).doesNotContain("nobody");

        ParsedTwiml talkedToStaff = parse(signed("/twilio/voice/gather", gatherParams("DialCallStatus", "completed",
                "DialCallSid", "CA-staff-leg", "DialCallDuration", "42")));
        assertThat(talkedToStaff.has("Hangup")).isTrue();
        assertThat(talkedToStaff.says()).isEmpty();

        ParsedTwiml nobodyAnswered = parse(signed("/twilio/voice/gather", gatherParams("DialCallStatus",
                "no-answer")));
        assertThat(nobodyAnswered.spoken()).startsWith("Sorry, nobody could take your call");
        assertThat(nobodyAnswered.has("Hangup")).isTrue();
        assertThat(bot.texts()).as("no turn for the transfer's outcome").containsExactly("can I talk to a person");
    }

    @Test
    void theFallbackApologisesAndTransfers() throws Exception {
        ParsedTwiml twiml = parse(signed("/twilio/voice/fallback", gatherParams("ErrorCode", "11200")));

        assertThat(twiml.spoken()).startsWith("Sorry, we're having trouble");
        assertThat(twiml.dialed()).isEqualTo(Fakes.STAFF_NUMBER);
    }

    @Test
    void aCallToANumberNoOutletListsIsToldSoAndEnded() throws Exception {
        Map<String, String> params = callParams();
        params.put("To", "+19995550000");

        ParsedTwiml twiml = parse(signed("/twilio/voice", params));

        assertThat(twiml.spoken()).contains("isn't set up");
        assertThat(twiml.has("Hangup")).isTrue();
        assertThat(bot.openedWithPhone).isEmpty();
    }

    private ParsedTwiml call() throws Exception {
        return parse(signed("/twilio/voice", callParams()));
    }

    private ParsedTwiml say(String speech, String confidence) throws Exception {
        return parse(signed("/twilio/voice/gather", gatherParams("SpeechResult", speech, "Confidence", confidence)));
    }

    private ParsedTwiml press(String digits) throws Exception {
        return parse(signed("/twilio/voice/gather", gatherParams("Digits", digits)));
    }

    private ParsedTwiml silence() throws Exception {
        return parse(signed("/twilio/voice/gather", gatherParams()));
    }

    private Map<String, String> callParams() {
        return params("CallSid", callSid, "From", CALLER, "To", Fakes.DEMO_NUMBER, "CallStatus", "ringing",
                "Direction", "inbound");
    }

    private Map<String, String> gatherParams(String... more) {
        Map<String, String> params = callParams();
        params.put("CallStatus", "in-progress");
        params.putAll(params(more));
        return params;
    }

    private ParsedTwiml parse(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/xml");
        return ParsedTwiml.parse(response.getContentAsString());
    }
}
