package io.maitre.production;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.MaitreApplication;
import io.maitre.OpenHoursClock;
import io.maitre.channel.twilio.TwilioSignature;
import java.net.URI;
import java.net.URLEncoder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Production mode against the real MariaDB (MySQL protocol, Connector/J) and Redis of this machine,
 * with two instances sharing them: a customer starts on one instance and finishes on the other, as
 * behind a load balancer, because neither keeps conversation state in memory; and a texter is held to one
 * per-minute limit however their texts are spread over the instances.
 */
@EnabledIfSystemProperty(named = "maitre.it.services", matches = "true")
class ProductionModeIT {

    private static final String DATABASE = "maitre_prod_it_" + UUID.randomUUID().toString().substring(0, 8);
    private static final String TWILIO_TOKEN = "production-mode-it-twilio-token";
    private static final String TWILIO_URL = "https://prod.example.com";
    private static final int TEXTS_PER_MINUTE = 3;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void startTwoInstances() {
        first = instance(true);
        second = instance(false);
    }

    @AfterAll
    static void stopInstances() throws Exception {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
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
                "--maitre.web.token-secret=production-mode-it-secret",
                "--maitre.twilio.auth-token=" + TWILIO_TOKEN, "--maitre.twilio.public-base-url=" + TWILIO_URL,
                "--maitre.twilio.sms.messages-per-minute=" + TEXTS_PER_MINUTE,
                "--maitre.kitchen.grpc.port=0", "--maitre.kitchen.relay.enabled=" + relay);
    }

    @Test
    void aConversationMovesBetweenInstancesAndTheOrderLandsInMysql() throws Exception {
        JsonNode session = post(first, "/api/v1/chat/sessions", "{}", null);
        String id = session.get("sessionId").asString();
        String token = session.get("token").asString();

        List<String> script = List.of("a large pepperoni pizza and two cokes", "that's all", "pickup", "asap",
                "Alex", "555 123 4567", "yes");
        JsonNode last = null;
        for (int i = 0; i < script.size(); i++) {
            ConfigurableApplicationContext instance = i % 2 == 0 ? first : second;
            last = post(instance, "/api/v1/chat/sessions/" + id + "/messages",
                    json.writeValueAsString(Map.of("text", script.get(i))), token);
        }

        String orderId = last.get("order").get("orderId").asString();
        assertThat(last.get("order").get("status").asString()).isIn("PLACED", "SENT_TO_KITCHEN");
        JdbcClient mysql = second.getBean(JdbcClient.class);
        assertThat(mysql.sql("SELECT customer_name FROM orders WHERE id = ?").param(orderId).query(String.class)
                .single()).isEqualTo("Alex");
        assertThat(mysql.sql("SELECT COUNT(*) FROM outbox WHERE order_id = ?").param(orderId).query(Integer.class)
                .single()).isEqualTo(1);
        assertThat(first.getBean(StringRedisTemplate.class).hasKey("maitre:conversation:web:" + id)).isTrue();

        JsonNode transcript = get(second, "/api/v1/chat/sessions/" + id, token);
        assertThat(transcript.get("messages")).hasSizeGreaterThan(script.size() * 2);
        assertThat(transcript.get("order").get("orderId").asString()).isEqualTo(orderId);
    }

    @Test
    void aTexterSpreadOverBothInstancesIsHeldToOneLimitAMinute() throws Exception {
        for (ConfigurableApplicationContext instance : List.of(first, second)) {
            instance.getBean(OpenHoursClock.Movable.class).startAt(OpenHoursClock.START.plusSeconds(10));
        }
        String texter = "+1555" + (1_000_000 + new Random().nextInt(8_999_999));
        List<Integer> messages = new ArrayList<>();
        for (int i = 0; i <= TEXTS_PER_MINUTE; i++) {
            messages.add(text(i % 2 == 0 ? first : second, texter, i == 0 ? "hi" : "what's on the menu?",
                    "SMlimit" + texter.substring(1) + "x" + i));
        }

        assertThat(messages.subList(0, TEXTS_PER_MINUTE)).as("answered on either instance").allMatch(n -> n > 0);
        assertThat(messages.get(TEXTS_PER_MINUTE)).as("one over the limit, on the other instance").isZero();
        assertThat(first.getBean(StringRedisTemplate.class).keys("maitre:twilio:sms:rate:" + texter + ":*"))
                .hasSize(1);
    }

    /** Sends a signed text webhook to an instance; the number of messages its TwiML answers with. */
    private int text(ConfigurableApplicationContext instance, String from, String body, String sid) throws Exception {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("From", from);
        params.put("To", "+12125550142");
        params.put("Body", body);
        params.put("MessageSid", sid);
        String form = params.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(),
                StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(instance, "/twilio/sms"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(TwilioSignature.HEADER, TwilioSignature.sign(TWILIO_TOKEN, TWILIO_URL + "/twilio/sms", params))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().split("<Message", -1).length - 1;
    }

    private JsonNode post(ConfigurableApplicationContext instance, String path, String body, String token)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(instance, path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    private JsonNode get(ConfigurableApplicationContext instance, String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(uri(instance, path)).header("Authorization", "Bearer " + token).GET()
                .build());
    }

    private JsonNode send(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return json.readTree(response.body());
    }

    private static URI uri(ConfigurableApplicationContext instance, String path) {
        return URI.create("http://127.0.0.1:" + instance.getEnvironment().getProperty("local.server.port") + path);
    }
}
