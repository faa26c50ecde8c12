package io.maitre.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The page and the API through a real servlet container, where bodies and errors take their real paths. */
@SpringBootTest(classes = ChannelsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChatHttpIT {

    @LocalServerPort
    private int port;
    @Autowired
    private FakeMessageHandler bot;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void forgetConversations() {
        bot.clear();
    }

    @Test
    void servesTheChatPageAtTheRoot() throws Exception {
        HttpResponse<String> page = http.send(request("/").GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> script = http.send(request("/app.js").GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> styles = http.send(request("/app.css").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("id=\"message-input\"", "id=\"send\"", "id=\"cart\"", "app.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).doesNotContain("innerHTML");
        assertThat(styles.statusCode()).isEqualTo(200);
    }

    @Test
    void refusesInvalidUtf8FromTheWire() throws Exception {
        String[] session = open();
        byte[] body = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'};

        HttpResponse<String> response = http.send(request("/api/v1/chat/sessions/" + session[0] + "/messages")
                .header("Authorization", "Bearer " + session[1])
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertProblem(response, 400, "bad-input");
        assertThat(bot.handled()).isEmpty();
    }

    @Test
    void refusesAHugeBodyWithAProblemNotAReset() throws Exception {
        String[] session = open();
        String body = "{\"text\": \"" + "a".repeat(1_000_000) + "\"}";

        HttpResponse<String> response = http.send(request("/api/v1/chat/sessions/" + session[0] + "/messages")
                .header("Authorization", "Bearer " + session[1])
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertProblem(response, 400, "bad-input");
        assertThat(bot.handled()).isEmpty();
    }

    @Test
    void answersAWrongMethodWithAProblemNotAnErrorPage() throws Exception {
        HttpResponse<String> response = http.send(request("/api/v1/chat/sessions")
                .header("Accept", "text/html")
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());

        assertProblem(response, 405, "method-not-allowed");
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        assertThat(response.body()).doesNotContain("Whitelabel");
    }

    private String[] open() throws Exception {
        HttpResponse<String> response = http.send(request("/api/v1/chat/sessions")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"outletId\":\"demo\",\"locale\":\"en\"}",
                        StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        String body = response.body();
        return new String[] {field(body, "sessionId"), field(body, "token")};
    }

    private static String field(String json, String name) {
        int start = json.indexOf("\"" + name + "\":\"") + name.length() + 4;
        return json.substring(start, json.indexOf('"', start));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(contentType ->
                assertThat(contentType).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"type\":\"https://maitre.io/problems/" + type + "\"");
    }
}
