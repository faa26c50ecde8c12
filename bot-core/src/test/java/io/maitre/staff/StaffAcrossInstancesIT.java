package io.maitre.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.MaitreApplication;
import io.maitre.OpenHoursClock;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Production mode with two instances on the real MariaDB and Redis: a customer chats with one instance while staff
 * sign in on the other. The hand-off reaches the console on the other instance, and the staff reply reaches the
 * customer's socket on the first, through Redis pub/sub.
 */
@EnabledIfSystemProperty(named = "maitre.it.services", matches = "true")
class StaffAcrossInstancesIT {

    private static final String DATABASE = "maitre_staff_it_" + UUID.randomUUID().toString().substring(0, 8);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static ConfigurableApplicationContext customerSide;
    private static ConfigurableApplicationContext staffSide;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startTwoInstances() {
        customerSide = instance(true);
        staffSide = instance(false);
    }

    @AfterAll
    static void stopInstances() throws Exception {
        if (staffSide != null) {
            staffSide.close();
        }
        if (customerSide != null) {
            customerSide.close();
        }
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/", "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
        }
    }

    private static ConfigurableApplicationContext instance(boolean relay) {
        return new SpringApplicationBuilder(MaitreApplication.class, OpenHoursClock.class).profiles("prod").run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:mysql://127.0.0.1:3306/" + DATABASE
                        + "?createDatabaseIfNotExist=true&useUnicode=true&characterEncoding=utf8",
                "--spring.datasource.username=root", "--spring.datasource.password=",
                "--spring.data.redis.host=127.0.0.1", "--spring.data.redis.port=6379",
                "--maitre.web.token-secret=staff-it-secret", "--maitre.kitchen.grpc.port=0",
                "--maitre.kitchen.relay.enabled=" + relay,
                "--maitre.staff.admin.username=ana", "--maitre.staff.admin.password=s3cret-s3cret");
    }

    @Test
    void aHandOffOnOneInstanceReachesTheConsoleOnTheOtherAndTheReplyComesBack() throws Exception {
        String customerBase = base(customerSide);
        String staffBase = base(staffSide);
        String cookie = signIn(staffBase);
        BlockingQueue<String> console = new LinkedBlockingQueue<>();
        WebSocket consoleSocket = socket(staffBase, "/staff/ws", cookie, console);

        String session = send(customerBase + "/api/v1/chat/sessions", "{\"outletId\":\"demo\"}", null, null);
        String id = field(session, "sessionId");
        String token = field(session, "token");
        BlockingQueue<String> customer = new LinkedBlockingQueue<>();
        WebSocket chat = socket(customerBase, "/ws/chat", null, customer);
        chat.sendText("{\"type\":\"hello\",\"sessionId\":\"" + id + "\",\"token\":\"" + token + "\"}", true);
        assertThat(next(customer, "\"attached\"")).isNotNull();

        send(customerBase + "/api/v1/chat/sessions/" + id + "/messages",
                "{\"text\":\"i want to talk to a real person\"}", null, token);
        assertThat(next(console, "\"handoff\"")).contains("web:" + id);

        String me = send(staffBase + "/staff/api/me", null, cookie, null);
        String header = field(me, "csrfHeader");
        String csrf = field(me, "csrfToken");
        String conversation = staffBase + "/staff/api/conversations/web:" + id;
        assertThat(send(conversation + "/take-over", "{}", cookie, header + "=" + csrf)).contains("\"owner\":\"ana\"");
        send(conversation + "/reply", "{\"text\":\"Hello from the other instance\"}", cookie, header + "=" + csrf);

        assertThat(next(customer, "Hello from the other instance")).contains("\"from\":\"staff\"");
        consoleSocket.abort();
        chat.abort();
    }

    private String signIn(String base) throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).isTrue();
        String body = "username=ana&password=s3cret-s3cret&_csrf=" + URLEncoder.encode(csrf.group(1),
                StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Cookie", "JSESSIONID=" + session(form))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        return "JSESSIONID=" + session(login);
    }

    private static String session(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElseThrow();
    }

    /** POSTs {@code body} (or GETs when null); {@code csrf} is {@code header=token}; {@code bearer} a chat token. */
    private String send(String url, String body, String cookie, String csrfOrBearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (csrfOrBearer != null && csrfOrBearer.contains("=") && cookie != null) {
            int eq = csrfOrBearer.indexOf('=');
            request.header(csrfOrBearer.substring(0, eq), csrfOrBearer.substring(eq + 1));
        } else if (csrfOrBearer != null) {
            request.header("Authorization", "Bearer " + csrfOrBearer);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url + " " + response.body()).isBetween(200, 201);
        return response.body();
    }

    private WebSocket socket(String base, String path, String cookie, BlockingQueue<String> frames) {
        WebSocket.Builder builder = http.newWebSocketBuilder().header("Origin", base);
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return builder.buildAsync(URI.create(base.replace("http", "ws") + path), new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    frames.add(partial.toString());
                    partial.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        }).join();
    }

    private static String next(BlockingQueue<String> frames, String containing) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < until) {
            String frame = frames.poll(500, TimeUnit.MILLISECONDS);
            if (frame != null && frame.contains(containing)) {
                return frame;
            }
        }
        throw new AssertionError("no frame containing " + containing);
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).as(name + " in " + json).isTrue();
        return m.group(1);
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }
}
