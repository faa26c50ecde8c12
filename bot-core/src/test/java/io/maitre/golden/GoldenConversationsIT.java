package io.maitre.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.OpenHoursClock;
import io.maitre.golden.GoldenConversation.Line;
import io.maitre.golden.GoldenConversation.Step;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Replays every {@code conversations/*.yaml} through the web chat API of a running service: adding
 * a conversation is adding a file.
 */
@Import(OpenHoursClock.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"maitre.web.messages-per-minute=1000", "maitre.web.sessions-per-minute=1000"})
class GoldenConversationsIT {

    static final Path FOLDER = Path.of("..", "conversations");

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    OpenHoursClock.Movable clock;

    @TestFactory
    Stream<DynamicTest> conversations() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(FOLDER)) {
            files = listing.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).as("golden conversations in %s", FOLDER.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(12);
        YAMLMapper yaml = YAMLMapper.builder().build();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> replay(yaml.readValue(file.toFile(), GoldenConversation.class))));
    }

    private void replay(GoldenConversation conversation) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(conversation.appliesTo("web"), "not a web chat conversation");
        assertThat(conversation.history()).as("earlier orders go by the customer's number, which web chat lacks: "
                + "a conversation with a history lists channels: [sms, voice]").isEmpty();
        clock.startAt(conversation.at() == null ? OpenHoursClock.START : conversation.at().toInstant());
        JsonNode session = post("/api/v1/chat/sessions",
                "{\"outletId\":\"" + (conversation.outlet() == null ? "demo" : conversation.outlet()) + "\"}", null)
                .body();
        String id = session.get("sessionId").asString();
        String token = session.get("token").asString();
        JsonNode last = null;
        List<String> transcript = new ArrayList<>();
        for (Step step : conversation.turns()) {
            Reply reply = post("/api/v1/chat/sessions/" + id + "/messages",
                    json.writeValueAsString(java.util.Map.of("text", step.user())), token);
            last = reply.body();
            List<String> texts = new ArrayList<>();
            last.get("messages").forEach(m -> texts.add(m.get("text").asString()));
            transcript.add("> " + step.user() + "  [" + reply.intent() + "]");
            texts.forEach(t -> transcript.add("< " + t));
            String context = conversation.name() + "\n" + String.join("\n", transcript);
            if (step.intent() != null) {
                assertThat(reply.intent()).as("intent of \"%s\" in %s", step.user(), context).isEqualTo(step.intent());
            }
            if (Boolean.TRUE.equals(step.silent())) {
                assertThat(texts).as("the bot says nothing after \"%s\" in %s", step.user(), context).isEmpty();
                continue;
            }
            assertThat(texts).as("the bot answers \"%s\" in %s", step.user(), context).isNotEmpty();
            JsonNode finalMessage = last.get("messages").get(last.get("messages").size() - 1);
            if (step.expecting() != null) {
                String expecting = finalMessage.get("expecting").isNull() ? "none"
                        : finalMessage.get("expecting").asString();
                assertThat(expecting).as("expecting after \"%s\" in %s", step.user(), context)
                        .isEqualTo(step.expecting());
            }
            if (step.itemId() != null) {
                assertThat(finalMessage.get("itemId").asString()).as("itemId after \"%s\" in %s", step.user(), context)
                        .isEqualTo(step.itemId());
            }
            if (step.says() != null) {
                assertThat(String.join("\n", texts).toLowerCase(Locale.ROOT))
                        .as("reply to \"%s\" in %s", step.user(), context)
                        .contains(step.says().toLowerCase(Locale.ROOT));
            }
        }
        check(conversation, last, String.join("\n", transcript));
    }

    private void check(GoldenConversation conversation, JsonNode last, String transcript) {
        GoldenConversation.Outcome expect = conversation.expect();
        if (expect == null || last == null) {
            return;
        }
        String context = conversation.name() + "\n" + transcript;
        if (expect.cart() != null) {
            assertThat(lines(last.get("cart").get("lines"))).as("cart in %s", context)
                    .containsExactlyInAnyOrderElementsOf(normalized(expect.cart()));
        }
        if (expect.escalated() != null) {
            assertThat(last.get("escalated").asBoolean()).as("escalated in %s", context).isEqualTo(expect.escalated());
        }
        JsonNode order = last.get("order");
        if (expect.order() != null) {
            assertThat(order.isNull()).as("an order was placed in %s", context).isFalse();
            assertThat(order.get("number").asString()).as("order number").isNotBlank();
            if (expect.order().status() != null) {
                assertThat(order.get("status").asString()).isEqualTo(expect.order().status());
            }
            if (expect.order().fulfillment() != null) {
                assertThat(order.get("fulfillment").get("mode").asString()).isEqualTo(expect.order().fulfillment());
            }
            if (expect.order().customer() != null) {
                assertThat(order.get("customer").get("name").asString()).isEqualTo(expect.order().customer());
            }
            if (expect.order().lines() != null) {
                assertThat(lines(order.get("lines"))).as("order lines in %s", context)
                        .containsExactlyInAnyOrderElementsOf(normalized(expect.order().lines()));
            }
        }
        if (expect.total() != null) {
            JsonNode money = order != null && !order.isNull() ? order : last.get("cart");
            assertThat(money.get("total").asString()).as("total in %s", context).isEqualTo(expect.total());
        }
    }

    private static List<String> lines(JsonNode lines) {
        List<String> out = new ArrayList<>();
        lines.forEach(line -> {
            List<String> options = new ArrayList<>();
            line.get("options").forEach(o -> options.add(o.get("group").asString() + ":" + o.get("id").asString()
                    + (o.get("qualifier").isNull() ? "" : ":" + o.get("qualifier").asString())));
            out.add(describe(line.get("itemId").asString(), line.get("quantity").asInt(), options));
        });
        return out;
    }

    private static List<String> normalized(List<Line> lines) {
        return lines.stream().map(l -> describe(l.item(), l.quantity(), l.options())).toList();
    }

    private static String describe(String item, int quantity, List<String> options) {
        return quantity + " x " + item + " " + options.stream().sorted().toList();
    }

    private record Reply(JsonNode body, String intent) {
    }

    private Reply post(String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s -> %s", path, response.body()).isBetween(200, 201);
        return new Reply(json.readTree(response.body()), response.headers().firstValue("Maitre-Intent").orElse(null));
    }
}
