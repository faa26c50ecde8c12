package io.maitre.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.OpenHoursClock;
import io.maitre.kitchen.grpc.KitchenServer;
import io.maitre.kitchen.terminal.TerminalClient;
import io.maitre.kitchen.v1.BumpStatus;
import io.maitre.kitchen.v1.Ticket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole loop over real sockets: a customer orders by web chat, a kitchen terminal connected over
 * gRPC gets the ticket, bumps it to ready, and the customer's page hears about it on its WebSocket.
 */
@Import(OpenHoursClock.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OrderToKitchenAndBackIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @LocalServerPort
    int port;
    @Autowired
    KitchenServer kitchen;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theTerminalGetsTheTicketAndTheCustomerHearsItIsReady() throws Exception {
        BlockingQueue<Ticket> tickets = new LinkedBlockingQueue<>();
        try (TerminalClient terminal = new TerminalClient("127.0.0.1:" + kitchen.port(), "demo", "all", "expo-1",
                tickets::add)) {
            terminal.start();
            JsonNode session = post("/api/v1/chat/sessions", "{}", null);
            String id = session.get("sessionId").asString();
            String token = session.get("token").asString();
            BlockingQueue<JsonNode> pushes = new LinkedBlockingQueue<>();
            WebSocket socket = http.newWebSocketBuilder()
                    .header("Origin", "http://localhost:" + port)
                    .buildAsync(URI.create("ws://localhost:" + port + "/ws/chat"), collector(pushes)).get();
            socket.sendText("{\"type\":\"hello\",\"sessionId\":\"" + id + "\",\"token\":\"" + token + "\"}", true);
            assertThat(next(pushes, "attached")).isNotNull();

            JsonNode placed = null;
            for (String text : List.of("a large pepperoni pizza and two cokes for pickup", "that's all", "asap",
                    "Alex", "555 123 4567", "yes")) {
                placed = post("/api/v1/chat/sessions/" + id + "/messages",
                        json.writeValueAsString(java.util.Map.of("text", text)), token);
            }
            String number = placed.get("order").get("number").asString();

            Ticket ticket = tickets.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(ticket).as("ticket on the terminal").isNotNull();
            assertThat(ticket.getOrderNumber()).isEqualTo(number);
            assertThat(ticket.getCustomerFirstName()).isEqualTo("Alex");
            assertThat(ticket.getLinesList()).extracting(l -> l.getItemId()).containsExactlyInAnyOrder("pizza",
                    "coke");

            for (BumpStatus status : List.of(BumpStatus.BUMP_STATUS_ACCEPTED, BumpStatus.BUMP_STATUS_IN_PROGRESS,
                    BumpStatus.BUMP_STATUS_READY)) {
                assertThat(terminal.bump(ticket.getTicketId(), status)).isTrue();
            }
            JsonNode ready = nextOrderWithStatus(pushes, "READY");
            assertThat(ready.get("order").get("number").asString()).isEqualTo(number);
            assertThat(ready.get("message").get("text").asString()).contains(number).contains("ready");
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get();
        }
    }

    private JsonNode nextOrderWithStatus(BlockingQueue<JsonNode> pushes, String status) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode push = pushes.poll(100, TimeUnit.MILLISECONDS);
            if (push != null && "order".equals(push.get("type").asString())
                    && status.equals(push.get("order").get("status").asString())) {
                return push;
            }
        }
        throw new AssertionError("No push with status " + status);
    }

    private static JsonNode next(BlockingQueue<JsonNode> pushes, String type) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode push = pushes.poll(100, TimeUnit.MILLISECONDS);
            if (push != null && type.equals(push.get("type").asString())) {
                return push;
            }
        }
        return null;
    }

    private WebSocket.Listener collector(BlockingQueue<JsonNode> into) {
        return new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    into.add(json.readTree(partial.toString()));
                    partial.setLength(0);
                }
                socket.request(1);
                return null;
            }
        };
    }

    private JsonNode post(String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return json.readTree(response.body());
    }
}
