package io.maitre.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maitre.OpenHoursClock;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The staff endpoints on the real server: closed without a signed-in member (401 problem details for the API, the
 * sign-in form for the page), closed to customers' tokens, CSRF on changes, the socket's handshake authenticated
 * and its Origin checked; the web chat and health stay open.
 */
@Import(OpenHoursClock.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "maitre.staff.admin.username=ana", "maitre.staff.admin.password=correct horse battery"})
class StaffSecurityIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theApiAnswers401ProblemDetailsAndThePageSendsToSignIn() throws Exception {
        HttpResponse<String> api = get("/staff/api/conversations", null);
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.body()).contains("\"status\":401");

        HttpResponse<String> page = get("/staff", null);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        assertThat(get("/staff/api/me", "JSESSIONID=expired-or-forged").statusCode()).isEqualTo(401);
    }

    @Test
    void theWebChatAndHealthStayOpenAndACustomerTokenOpensNoStaffEndpoint() throws Exception {
        HttpResponse<String> session = http.send(HttpRequest.newBuilder(url("/api/v1/chat/sessions"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(session.statusCode()).isEqualTo(201);
        assertThat(session.headers().firstValue("Set-Cookie")).isEmpty();
        String token = session.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");

        HttpResponse<String> staff = http.send(HttpRequest.newBuilder(url("/staff/api/conversations"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(staff.statusCode()).isEqualTo(401);
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(http.send(HttpRequest.newBuilder(url("/")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(200);
    }

    @Test
    void aSignedInMemberUsesTheApiWithTheCsrfTokenAndTheSocketFromTheSameOriginOnly() throws Exception {
        String cookie = signIn("ana", "correct horse battery");
        HttpResponse<String> me = get("/staff/api/me", cookie);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"ana\"").contains("\"role\":\"ADMIN\"");
        assertThat(get("/staff/api/audit", cookie).body()).contains("\"action\":\"SIGNED_IN\"");
        assertThat(get("/staff", cookie).headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));

        HttpResponse<String> noCsrf = http.send(HttpRequest.newBuilder(url("/staff/api/users"))
                .header("Cookie", cookie).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"ben\",\"password\":\"long-enough\",\"role\":\"STAFF\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(noCsrf.statusCode()).isEqualTo(403);
        assertThat(noCsrf.body()).contains("CSRF");

        CompletableFuture<Integer> closed = new CompletableFuture<>();
        WebSocket socket = http.newWebSocketBuilder().header("Origin", "http://localhost:" + port)
                .header("Cookie", cookie)
                .buildAsync(URI.create("ws://localhost:" + port + "/staff/ws"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                        closed.complete(statusCode);
                        return null;
                    }
                }).join();
        assertThatThrownBy(() -> socket(cookie, "https://evil.example"))
                .hasCauseInstanceOf(WebSocketHandshakeException.class)
                .satisfies(e -> assertThat(((WebSocketHandshakeException) e.getCause()).getResponse().statusCode())
                        .isEqualTo(403));
        assertThatThrownBy(() -> socket(null, "http://localhost:" + port))
                .hasCauseInstanceOf(WebSocketHandshakeException.class)
                .satisfies(e -> assertThat(((WebSocketHandshakeException) e.getCause()).getResponse().statusCode())
                        .isEqualTo(401));

        String token = me.body().replaceAll(".*\"csrfToken\":\"([^\"]+)\".*", "$1");
        String header = me.body().replaceAll(".*\"csrfHeader\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> logout = http.send(HttpRequest.newBuilder(url("/logout")).header("Cookie", cookie)
                .header(header, token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(closed.get(10, TimeUnit.SECONDS)).isEqualTo(1008);
        assertThat(socket.isInputClosed()).isTrue();
        assertThat(get("/staff/api/me", cookie).statusCode()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordDoesNotSignIn() throws Exception {
        assertThatThrownBy(() -> signIn("ana", "wrong-password")).isInstanceOf(AssertionError.class);
    }

    private WebSocket socket(String cookie, String origin) {
        WebSocket.Builder builder = http.newWebSocketBuilder().header("Origin", origin);
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return builder.buildAsync(URI.create("ws://localhost:" + port + "/staff/ws"), new WebSocket.Listener() {
        }).join();
    }

    private String signIn(String username, String password) throws Exception {
        HttpResponse<String> form = get("/login", null);
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).isTrue();
        String cookie = "JSESSIONID=" + session(form);
        String body = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(url("/login")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/staff");
        return "JSESSIONID=" + session(login);
    }

    private static String session(HttpResponse<String> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION.matcher(header);
            if (m.find()) {
                assertThat(header).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
                return m.group(1);
            }
        }
        throw new AssertionError("no session cookie in " + response.headers());
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).header("Accept", "application/json");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
