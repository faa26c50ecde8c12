package io.maitre.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.maitre.OpenHoursClock;
import io.maitre.channel.twilio.TwilioSignature;
import io.maitre.order.AdvanceOrder;
import io.maitre.order.FindOrder;
import io.maitre.order.OrderDetails;
import io.maitre.order.OrderStatus;
import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Staff and customers on the phone, with WireMock standing in for api.twilio.com. A live call taken over in the
 * staff console is put through to the outlet's staff number: the call, waiting in a {@code <Gather>}, is updated
 * through the Twilio SDK's call updater, and a webhook of the call still posting gets the {@code <Dial>} too. While
 * staff own the call's conversation the bot says nothing on any channel: no reprompt on the call, no status text of
 * the order staff placed for the caller, until staff hand it back. A text thread that expires while staff own it
 * ends for staff (410) and a later text from the customer is answered afresh by the bot.
 */
@Import(OpenHoursClock.class)
@SpringBootTest(properties = {"maitre.staff.admin.username=ana", "maitre.staff.admin.password=s3cret-s3cret",
    "maitre.kitchen.enabled=false",
    "maitre.twilio.auth-token=" + PhoneHandOffIT.TOKEN,
    "maitre.twilio.account-sid=" + PhoneHandOffIT.ACCOUNT,
    "maitre.twilio.public-base-url=" + PhoneHandOffIT.PUBLIC_URL})
@AutoConfigureMockMvc
class PhoneHandOffIT {

    static final String TOKEN = "voice-take-over-auth-token";
    static final String ACCOUNT = "AC55555555555555555555555555555555";
    static final String PUBLIC_URL = "https://calls.example.com";
    private static final String CALL_SID = "CA66666666666666666666666666666666";
    private static final String CALL = "/2010-04-01/Accounts/" + ACCOUNT + "/Calls/" + CALL_SID + ".json";
    private static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";
    private static final String OUTLET = "+12125550142";
    private static final String STAFF_NUMBER = "+12125550143";
    private static final String CALLER = "+15551236543";
    private static final String KEY = "/staff/api/conversations/voice:" + CALL_SID;
    private static final RequestPostProcessor ANA = user("ana").roles("ADMIN");
    private static final WireMockServer TWILIO = new WireMockServer(options().dynamicPort());

    static {
        TWILIO.start();
        TWILIO.stubFor(WireMock.post(urlEqualTo(CALL)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"sid\": \"" + CALL_SID + "\", \"status\": \"in-progress\"}")));
        TWILIO.stubFor(WireMock.post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"sid\": \"SMtakeover\", \"status\": \"queued\"}")));
    }

    @DynamicPropertySource
    static void twilioApi(DynamicPropertyRegistry registry) {
        registry.add("maitre.twilio.api-base-url", () -> "http://localhost:" + TWILIO.port());
    }

    @AfterAll
    static void stopTwilio() {
        TWILIO.stop();
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    OpenHoursClock.Movable clock;
    @Autowired
    FindOrder findOrder;
    @Autowired
    AdvanceOrder advance;

    @Test
    void aCallTakenOverIsPutThroughToTheStaffNumberAndTheBotSaysNothingUntilHandedBack() throws Exception {
        assertThat(webhook("/twilio/voice").gathers()).isTrue();
        Twiml listening = webhook("/twilio/voice/gather", "SpeechResult", "a large pepperoni pizza", "Confidence",
                "0.93");
        assertThat(listening.gathers()).isTrue();
        assertThat(listening.spoken()).contains("Anything else?");

        mvc.perform(post(KEY + "/take-over").with(ANA).with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.owner").value("ana"));

        await().atMost(Duration.ofSeconds(10)).until(() -> !TWILIO.findAll(postRequestedFor(urlEqualTo(CALL)))
                .isEmpty());
        Twiml update = Twiml.parse(form(TWILIO.findAll(postRequestedFor(urlEqualTo(CALL))).get(0).getBodyAsString())
                .get("Twiml"));
        assertThat(update.spoken()).startsWith("You're now talking with ana from our team. Let me put you through to"
                + " the restaurant.");
        assertThat(update.dialed()).isEqualTo(STAFF_NUMBER);
        assertThat(update.gathers()).isFalse();

        Twiml posting = webhook("/twilio/voice/gather", "SpeechResult", "hello, is anyone there?", "Confidence",
                "0.9");
        assertThat(posting.dialed()).isEqualTo(STAFF_NUMBER);
        assertThat(posting.spoken()).startsWith("Let me put you through to the restaurant.");
        Twiml silent = webhook("/twilio/voice/gather");
        assertThat(silent.dialed()).isEqualTo(STAFF_NUMBER);
        assertThat(silent.spoken()).doesNotContain("Anything else").doesNotContain("didn't catch");
        mvc.perform(get(KEY).with(ANA)).andExpect(status().isOk())
                .andExpect(jsonPath("$.transcript[-2].from").value("staff"))
                .andExpect(jsonPath("$.transcript[-1].from").value("customer"))
                .andExpect(jsonPath("$.transcript[-1].text").value("hello, is anyone there?"));

        mvc.perform(post(KEY + "/order").with(ANA).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"mode\":\"pickup\",\"name\":\"Alex\",\"phone\":\"" + CALLER + "\"}"))
                .andExpect(status().isOk());
        OrderDetails order = findOrder.latestOfConversation("voice:" + CALL_SID).orElseThrow();
        advance.to(order.id(), OrderStatus.SENT_TO_KITCHEN);
        advance.to(order.id(), OrderStatus.ACCEPTED);
        Thread.sleep(500);
        assertThat(textsTo(CALLER)).as("no status text while staff own it").isEmpty();
        assertThat(TWILIO.findAll(postRequestedFor(urlEqualTo(CALL)))).as("the call was updated once").hasSize(1);

        mvc.perform(post(KEY + "/hand-back").with(ANA).with(csrf())).andExpect(status().isOk());
        advance.to(order.id(), OrderStatus.IN_PROGRESS);
        advance.to(order.id(), OrderStatus.READY);
        await().atMost(Duration.ofSeconds(10)).until(() -> !textsTo(CALLER).isEmpty());
        Thread.sleep(300);
        assertThat(textsTo(CALLER)).containsExactly("Maitre Demo Pizzeria: Your order " + order.number()
                + " is ready.");
    }

    private static List<String> textsTo(String number) {
        return TWILIO.findAll(postRequestedFor(urlEqualTo(MESSAGES))).stream().map(r -> form(r.getBodyAsString()))
                .filter(text -> number.equals(text.get("To"))).map(text -> text.get("Body")).toList();
    }

    @Test
    void aTextThreadThatExpiresWhileStaffOwnItEndsForStaffAndTheCustomerIsAnsweredAfreshByTheBot() throws Exception {
        String texter = "+15551237777";
        String thread = "/staff/api/conversations/sms:" + OUTLET + ":" + texter;
        assertThat(text(texter, "a large pepperoni pizza", "SMexpiry1")).isNotEmpty();
        mvc.perform(post(thread + "/take-over").with(ANA).with(csrf())).andExpect(status().isOk());
        assertThat(text(texter, "thanks, waiting", "SMexpiry2")).as("the bot says nothing while ana has it")
                .isEmpty();

        Instant now = clock.instant();
        try {
            clock.startAt(now.plus(Duration.ofMinutes(31)));

            mvc.perform(post(thread + "/reply").with(ANA).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"text\":\"Still there?\"}")).andExpect(status().isGone())
                    .andExpect(jsonPath("$.detail").value("Conversation sms:" + OUTLET + ":" + texter
                            + " has ended or expired."));
            mvc.perform(get("/staff/api/conversations").with(ANA)).andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.key == 'sms:" + OUTLET + ":" + texter + "')]").isEmpty());

            List<String> afresh = text(texter, "hello? is anyone there?", "SMexpiry3");
            assertThat(afresh).as("a new conversation, the bot's").isNotEmpty();
            assertThat(afresh.get(0)).startsWith("Maitre Demo Pizzeria: ");
            mvc.perform(get(thread).with(ANA)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.summary.owner").value("bot"))
                    .andExpect(jsonPath("$.summary.cart.length()").value(0));
        } finally {
            clock.startAt(now);
        }
    }

    /** Texts the outlet as the customer; returns the texts that answer. */
    private List<String> text(String from, String body, String sid) throws Exception {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("From", from);
        params.put("To", OUTLET);
        params.put("Body", body);
        params.put("MessageSid", sid);
        MockHttpServletRequestBuilder request = post("/twilio/sms").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header(TwilioSignature.HEADER, TwilioSignature.sign(TOKEN, PUBLIC_URL + "/twilio/sms", params));
        params.forEach((name, value) -> request.param(name, value));
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        NodeList messages = Twiml.parse(response.getContentAsString()).document().getElementsByTagName("Message");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < messages.getLength(); i++) {
            texts.add(messages.item(i).getTextContent());
        }
        return texts;
    }

    private Twiml webhook(String path, String... more) throws Exception {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("CallSid", CALL_SID);
        params.put("AccountSid", ACCOUNT);
        params.put("From", CALLER);
        params.put("To", OUTLET);
        params.put("CallStatus", "in-progress");
        for (int i = 0; i + 1 < more.length; i += 2) {
            params.put(more[i], more[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header(TwilioSignature.HEADER, TwilioSignature.sign(TOKEN, PUBLIC_URL + path, params));
        params.forEach((name, value) -> request.param(name, value));
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return Twiml.parse(response.getContentAsString());
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    /** TwiML read as Twilio reads it. */
    private record Twiml(Document document) {

        static Twiml parse(String xml) throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new Twiml(factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        }

        String spoken() {
            List<String> says = new ArrayList<>();
            NodeList nodes = document.getElementsByTagName("Say");
            for (int i = 0; i < nodes.getLength(); i++) {
                says.add(nodes.item(i).getTextContent());
            }
            return String.join(" ", says);
        }

        String dialed() {
            NodeList dials = document.getElementsByTagName("Dial");
            return dials.getLength() == 0 ? null : dials.item(0).getTextContent().strip();
        }

        boolean gathers() {
            return document.getElementsByTagName("Gather").getLength() > 0;
        }
    }
}
