package io.maitre.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.maitre.OpenHoursClock;
import io.maitre.order.AdvanceOrder;
import io.maitre.order.OrderId;
import io.maitre.order.OrderStatus;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A web chat customer's order updates go by text only to a number they proved is theirs: the number typed at checkout
 * gets nothing until the customer asks for texts, types back the code texted to it (WireMock standing in for
 * Twilio's REST API), and from then on gets the order's status texts.
 */
@Import(OpenHoursClock.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "maitre.kitchen.enabled=false",
        "maitre.web.messages-per-minute=1000",
        "maitre.twilio.auth-token=web-texts-auth-token",
        "maitre.twilio.account-sid=" + WebChatTextUpdatesIT.ACCOUNT,
        "maitre.twilio.public-base-url=https://texts.example.com"})
class WebChatTextUpdatesIT {

    static final String ACCOUNT = "AC44444444444444444444444444444444";
    private static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";
    private static final String OUTLET = "+12125550142";
    private static final String TYPED = "+15551230077";
    private static final Pattern CODE = Pattern.compile("your code is (\\d{6})");
    private static final WireMockServer TWILIO = new WireMockServer(options().dynamicPort());

    static {
        TWILIO.start();
        TWILIO.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"sid\": \"SMweb1\", \"status\": \"queued\"}")));
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
    AdvanceOrder advance;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private String session;
    private String token;

    @Test
    void statusTextsGoToATypedNumberOnlyOnceItsOwnerTypedBackTheTextedCode() throws Exception {
        JsonNode opened = send("/api/v1/chat/sessions", "{\"outletId\": \"demo\"}", null);
        session = opened.get("sessionId").asString();
        token = opened.get("token").asString();
        JsonNode placed = null;
        for (String text : List.of("a large pepperoni pizza", "that's all", "pickup", "as soon as possible", "Alex",
                "555 123 0077", "yes")) {
            placed = say(text);
        }
        OrderId order = OrderId.of(placed.get("order").get("orderId").asString());
        String number = placed.get("order").get("number").asString();
        assertThat(texts(placed)).anySatisfy(t -> assertThat(t).contains("say \"text me updates\""));

        advance.to(order, OrderStatus.SENT_TO_KITCHEN);
        advance.to(order, OrderStatus.ACCEPTED);
        assertThat(awaitTexts(1, 1_500)).as("the typed number is not texted while unconfirmed").isEmpty();

        assertThat(texts(say("text me updates"))).anySatisfy(t -> assertThat(t)
                .startsWith("I've texted a 6-digit code to " + TYPED + "."));
        Map<String, String> codeText = awaitTexts(1, 15_000).get(0);
        assertThat(codeText).containsEntry("To", TYPED).containsEntry("From", OUTLET);
        Matcher code = CODE.matcher(codeText.get("Body"));
        assertThat(code.find()).as(codeText.get("Body")).isTrue();

        assertThat(texts(say(code.group(1).equals("000000") ? "000001" : "000000")))
                .anySatisfy(t -> assertThat(t).startsWith("That code doesn't match."));
        assertThat(texts(say(code.group(1)))).anySatisfy(t -> assertThat(t)
                .isEqualTo("Thanks, your number is confirmed. I'll text updates on your order to " + TYPED + "."));

        advance.to(order, OrderStatus.IN_PROGRESS);
        advance.to(order, OrderStatus.READY);
        List<Map<String, String>> texts = awaitTexts(2, 15_000);
        assertThat(texts).hasSize(2);
        assertThat(texts.get(1)).containsEntry("To", TYPED).containsEntry("From", OUTLET)
                .containsEntry("Body", "Maitre Demo Pizzeria: Your order " + number + " is ready.");
    }

    private JsonNode say(String text) throws Exception {
        return send("/api/v1/chat/sessions/" + session + "/messages", json.writeValueAsString(Map.of("text", text)),
                token);
    }

    private static List<String> texts(JsonNode reply) {
        List<String> out = new ArrayList<>();
        reply.get("messages").forEach(m -> out.add(m.get("text").asString()));
        return out;
    }

    private JsonNode send(String path, String body, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return json.readTree(response.body());
    }

    /** The texts sent to Twilio, oldest first, once there are {@code count} of them or the time is up. */
    private List<Map<String, String>> awaitTexts(int count, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (TWILIO.findAll(postRequestedFor(urlEqualTo(MESSAGES))).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(200);
        return TWILIO.findAll(postRequestedFor(urlEqualTo(MESSAGES))).stream()
                .sorted(java.util.Comparator.comparing(r -> r.getLoggedDate()))
                .map(r -> form(r.getBodyAsString())).toList();
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
