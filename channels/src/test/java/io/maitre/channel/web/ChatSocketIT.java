package io.maitre.channel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maitre.channel.BotMessage;
import io.maitre.channel.ConversationRef;
import io.maitre.channel.OrderView;
import io.maitre.channel.UserMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(classes = ChannelsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "maitre.web.messages-per-minute=3")
class ChatSocketIT {

    private static final List<String> ERROR_KEYS = List.of("type", "status", "title", "detail", "type_uri");

    @LocalServerPort
    private int port;
    @Autowired
    private FakeMessageHandler bot;
    @Autowired
    private WebConversationPush push;
    @Autowired
    private JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Client> clients = new ArrayList<>();

    private record Session(String id, String token) {
    }

    /** A socket client that queues every frame it receives. */
    private final class Client extends TextWebSocketHandler {

        private final BlockingQueue<Map<String, Object>> frames = new LinkedBlockingQueue<>();
        private WebSocketSession session;

        @Override
        protected void handleTextMessage(WebSocketSession session, TextMessage message) {
            frames.add(json.readValue(message.getPayload(), new TypeReference<Map<String, Object>>() { }));
        }

        void send(Object frame) throws Exception {
            session.sendMessage(new TextMessage(frame instanceof String text ? text : json.writeValueAsString(frame)));
        }

        Map<String, Object> next() throws InterruptedException {
            Map<String, Object> frame = frames.poll(5, TimeUnit.SECONDS);
            assertThat(frame).as("a frame within 5 s").isNotNull();
            return frame;
        }

        Map<String, Object> attach(Session chat) throws Exception {
            send(Map.of("type", "hello", "sessionId", chat.id(), "token", chat.token()));
            return next();
        }
    }

    @BeforeEach
    void forgetConversations() {
        bot.clear();
    }

    @AfterEach
    void closeSockets() throws Exception {
        for (Client client : clients) {
            if (client.session.isOpen()) {
                client.session.close(CloseStatus.NORMAL);
            }
        }
    }

    @Test
    void attachesThenAnswersAMessageWithATurn() throws Exception {
        Session chat = open();
        Client client = connect();

        assertThat(client.attach(chat)).containsEntry("type", "attached").containsEntry("sessionId", chat.id());
        client.send(Map.of("type", "message", "text", "A pizza please"));
        Map<String, Object> turn = client.next();

        assertThat(turn).containsOnlyKeys("type", "messages", "cart", "order", "escalated")
                .containsEntry("type", "turn")
                .containsEntry("order", null)
                .containsEntry("escalated", false);
        assertThat(list(turn.get("messages")).get(0))
                .containsOnlyKeys("text", "expecting", "itemId", "options")
                .containsEntry("expecting", "more_items");
        assertThat(map(turn.get("cart"))).containsEntry("total", "15.66");
        assertThat(bot.handled()).extracting(UserMessage::text).containsExactly("A pizza please");
    }

    @Test
    void pushesOrderUpdatesToEverySocketOfTheSession() throws Exception {
        Session chat = open();
        Session other = open();
        Client firstTab = connect();
        Client secondTab = connect();
        Client stranger = connect();
        firstTab.attach(chat);
        secondTab.attach(chat);
        stranger.attach(other);
        OrderView order = ChatViews.order("A-7", "READY", List.of(ChatViews.largePepperoniPizza("line-1")));

        push.orderUpdated(ConversationRef.web(chat.id()), order, BotMessage.say("Your order is ready."));

        for (Client tab : List.of(firstTab, secondTab)) {
            Map<String, Object> frame = tab.next();
            assertThat(frame).containsOnlyKeys("type", "order", "message", "escalated").containsEntry("type", "order")
                    .containsEntry("escalated", false);
            assertThat(map(frame.get("order"))).containsEntry("number", "A-7").containsEntry("status", "READY");
            assertThat(map(frame.get("message"))).containsEntry("text", "Your order is ready.")
                    .containsEntry("expecting", null);
        }
        assertThat(stranger.frames.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void anOrderHeldForStaffSaysThatStaffOwnTheConversationNow() throws Exception {
        Session chat = open();
        Client tab = connect();
        tab.attach(chat);

        push.orderUpdated(ConversationRef.web(chat.id()), ChatViews.order("A-9", "NEEDS_ATTENTION", List.of()),
                BotMessage.say("Your order A-9 needs a moment of our team's attention."), true);

        assertThat(tab.next()).containsEntry("type", "order").containsEntry("escalated", true);
    }

    @Test
    void stopsPushingToClosedSockets() throws Exception {
        Session chat = open();
        Client closing = connect();
        Client staying = connect();
        closing.attach(chat);
        staying.attach(chat);
        closing.session.close(CloseStatus.NORMAL);
        Thread.sleep(200);

        push.orderUpdated(ConversationRef.web(chat.id()),
                ChatViews.order("A-8", "ACCEPTED", List.of()), BotMessage.say("Accepted."));

        assertThat(staying.next()).containsEntry("type", "order");
        assertThat(closing.frames).isEmpty();
    }

    @Test
    void refusesAnotherSessionsTokenWithAnErrorFrame() throws Exception {
        Session mine = open();
        Session theirs = open();
        Client client = connect();

        client.send(Map.of("type", "hello", "sessionId", theirs.id(), "token", mine.token()));
        Map<String, Object> error = client.next();

        assertThat(error).containsOnlyKeys(ERROR_KEYS)
                .containsEntry("type", "error")
                .containsEntry("status", 401)
                .containsEntry("type_uri", "https://maitre.io/problems/unauthorized");
        client.send(Map.of("type", "message", "text", "hi"));
        assertThat(client.next()).containsEntry("status", 401);
        assertThat(bot.handled()).isEmpty();
    }

    @Test
    void reportsAnUnknownSession() throws Exception {
        Session mine = open();
        Client client = connect();

        client.send(Map.of("type", "hello", "sessionId", "AAAAAAAAAAAAAAAAAAAAAA", "token", mine.token()));

        assertThat(client.next()).containsEntry("status", 404)
                .containsEntry("type_uri", "https://maitre.io/problems/session-not-found");
    }

    @Test
    void refusesBadFramesAndKeepsTheSocketOpen() throws Exception {
        Client client = connect();
        client.attach(open());

        for (String frame : List.of("{\"type\":\"message\",\"text\":\"   \"}",
                "{\"type\":\"message\",\"text\":\"" + "a".repeat(10_000) + "\"}",
                "{\"type\":\"message\"}", "{\"type\":\"dance\"}", "{not json", "[]")) {
            client.send(frame);
            Map<String, Object> error = client.next();
            assertThat(error).as(frame.length() > 60 ? frame.substring(0, 60) : frame)
                    .containsOnlyKeys(ERROR_KEYS)
                    .containsEntry("status", 400)
                    .containsEntry("type_uri", "https://maitre.io/problems/bad-input");
        }
        assertThat(client.session.isOpen()).isTrue();
        assertThat(bot.handled()).isEmpty();
    }

    @Test
    void sharesTheSessionsRateLimitWithTheRestApi() throws Exception {
        Session chat = open();
        Client client = connect();
        client.attach(chat);
        for (int i = 0; i < 3; i++) {
            client.send(Map.of("type", "message", "text", "hi " + i));
            assertThat(client.next()).containsEntry("type", "turn");
        }

        client.send(Map.of("type", "message", "text", "one too many"));

        assertThat(client.next()).containsEntry("status", 429)
                .containsEntry("type_uri", "https://maitre.io/problems/rate-limited");
        assertThat(bot.handled()).hasSize(3);
    }

    @Test
    void refusesSocketsFromOtherOrigins() {
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        headers.setOrigin("http://elsewhere.example");

        assertThatThrownBy(() -> new StandardWebSocketClient()
                .execute(new TextWebSocketHandler(), headers, URI.create("ws://localhost:" + port + "/ws/chat"))
                .get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class);
    }

    private Session open() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/chat/sessions"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        Map<String, Object> body = json.readValue(response.body(), new TypeReference<Map<String, Object>>() { });
        return new Session((String) body.get("sessionId"), (String) body.get("token"));
    }

    private Client connect() throws Exception {
        Client client = new Client();
        client.session = new StandardWebSocketClient()
                .execute(client, "ws://localhost:" + port + "/ws/chat")
                .get(5, TimeUnit.SECONDS);
        clients.add(client);
        return client;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Map<String, Object>>) value;
    }
}
