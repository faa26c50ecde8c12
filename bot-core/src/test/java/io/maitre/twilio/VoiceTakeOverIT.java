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
 * A live call taken over in the staff console is put through to the outlet's staff number: the call, waiting in a
 * {@code <Gather>}, is updated through the Twilio SDK's call updater (WireMock standing in for api.twilio.com), and
 * a webhook of the call still posting gets the {@code <Dial>} too. While staff own the call's conversation the bot
 * says nothing on any channel: no reprompt on the call, no status text of the order staff placed for the caller,
 * until staff hand it back.
 */
@Import(OpenHoursClock.class)
@SpringBootTest(properties = {"maitre.staff.admin.username=ana", "maitre.staff.admin.password=s3cret-s3cret",
    "maitre.kitchen.enabled=false",
    "maitre.twilio.auth-token=" + VoiceTakeOverIT.TOKEN,
    "maitre.twilio.account-sid=" + VoiceTakeOverIT.ACCOUNT,
    "maitre.twilio.public-base-url=" + VoiceTakeOverIT.PUBLIC_URL})
@AutoConfigureMockMvc
class VoiceTakeOverIT {

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
        assertThat(TWILIO.findAll(postRequestedFor(urlEqualTo(MESSAGES)))).as("no status text while staff own it")
                .isEmpty();
        assertThat(TWILIO.findAll(postRequestedFor(urlEqualTo(CALL)))).as("the call was updated once").hasSize(1);

        mvc.perform(post(KEY + "/hand-back").with(ANA).with(csrf())).andExpect(status().isOk());
        advance.to(order.id(), OrderStatus.IN_PROGRESS);
        advance.to(order.id(), OrderStatus.READY);
        await().atMost(Duration.ofSeconds(10)).until(() -> !TWILIO.findAll(postRequestedFor(urlEqualTo(MESSAGES)))
                .isEmpty());
        Thread.sleep(300);
        assertThat(TWILIO.findAll(postRequestedFor(urlEqualTo(MESSAGES)))).singleElement()
                .satisfies(text -> assertThat(form(text.getBodyAsString())).containsEntry("To", CALLER)
                        .containsEntry("Body", "Maitre Demo Pizzeria: Your order " + order.number() + " is ready."));
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
