package io.maitre.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.maitre.OpenHoursClock;
import io.maitre.channel.ConversationRef;
import io.maitre.channel.MessageHandler;
import io.maitre.channel.OrderView;
import io.maitre.channel.twilio.TwilioSignature;
import io.maitre.order.AdvanceOrder;
import io.maitre.order.OrderId;
import io.maitre.order.OrderStatus;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An order placed by text is followed by texts when the kitchen accepts it and when it is ready, sent through the
 * Twilio SDK to WireMock standing in for Twilio's REST API; statuses not configured for texts send none.
 */
@Import(OpenHoursClock.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "maitre.kitchen.enabled=false",
        "maitre.twilio.auth-token=" + SmsStatusTextsIT.TOKEN,
        "maitre.twilio.account-sid=" + SmsStatusTextsIT.ACCOUNT,
        "maitre.twilio.public-base-url=https://texts.example.com"})
class SmsStatusTextsIT {

    static final String TOKEN = "status-texts-auth-token";
    static final String ACCOUNT = "AC22222222222222222222222222222222";
    private static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";
    private static final String OUTLET = "+12125550142";
    private static final String CUSTOMER = "+15551239876";
    private static final WireMockServer TWILIO = new WireMockServer(options().dynamicPort());

    static {
        TWILIO.start();
        TWILIO.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"sid\": \"SMstatus1\", \"status\": \"queued\"}")));
    }

    @DynamicPropertySource
    static void twilioApi(DynamicPropertyRegistry registry) {
        registry.add("maitre.twilio.api-base-url", () -> "http://localhost:" + TWILIO.port());
    }

    @AfterAll
    static void stopTwilio() {
        TWILIO.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    MessageHandler bot;
    @Autowired
    AdvanceOrder advance;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theKitchensAcceptanceAndReadinessAreTextedToTheCustomer() throws Exception {
        int sid = 0;
        for (String text : List.of("a large pepperoni pizza", "that's all", "pickup", "as soon as possible", "Alex",
                "yes")) {
            text(text, "SMorder" + sid++);
        }
        OrderView order = bot.transcript(ConversationRef.sms(OUTLET, CUSTOMER)).orElseThrow().order();
        assertThat(order).as("the order was placed").isNotNull();

        OrderId id = OrderId.of(order.orderId());
        advance.to(id, OrderStatus.SENT_TO_KITCHEN);
        advance.to(id, OrderStatus.ACCEPTED);
        advance.to(id, OrderStatus.IN_PROGRESS);
        advance.to(id, OrderStatus.READY);

        List<Map<String, String>> texts = awaitTexts(2);
        assertThat(texts).extracting(t -> t.get("Body")).containsExactlyInAnyOrder(
                "Maitre Demo Pizzeria: Your order " + order.number() + " was accepted by the kitchen.",
                "Maitre Demo Pizzeria: Your order " + order.number() + " is ready.");
        assertThat(texts).allSatisfy(t -> {
            assertThat(t).containsEntry("To", CUSTOMER).containsEntry("From", OUTLET)
                    .containsEntry("StatusCallback", "https://texts.example.com/twilio/sms/status");
        });
    }

    private List<Map<String, String>> awaitTexts(int count) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        List<LoggedRequest> requests = TWILIO.findAll(postRequestedFor(urlEqualTo(MESSAGES)));
        while (requests.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
            requests = TWILIO.findAll(postRequestedFor(urlEqualTo(MESSAGES)));
        }
        Thread.sleep(300);
        return TWILIO.findAll(postRequestedFor(urlEqualTo(MESSAGES))).stream()
                .map(r -> form(r.getBodyAsString())).toList();
    }

    private void text(String body, String sid) throws Exception {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("From", CUSTOMER);
        params.put("To", OUTLET);
        params.put("Body", body);
        params.put("MessageSid", sid);
        String form = params.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/twilio/sms"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(TwilioSignature.HEADER,
                        TwilioSignature.sign(TOKEN, "https://texts.example.com/twilio/sms", params))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
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
}
