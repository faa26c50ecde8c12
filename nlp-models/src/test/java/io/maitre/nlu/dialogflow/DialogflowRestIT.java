package io.maitre.nlu.dialogflow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.maitre.nlu.Intent;
import io.maitre.nlu.IntentGuess;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real Dialogflow client over its HTTP/JSON transport, configured as in production but for the endpoint, against
 * WireMock on the loopback interface.
 */
class DialogflowRestIT {

    private static final String DETECT_INTENT = "/v2/projects/maitre-test/agent/sessions/[0-9a-f]{32}:detectIntent";

    @RegisterExtension
    static final WireMockExtension DIALOGFLOW = WireMockExtension.newInstance()
        .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
        .build();

    private static DialogflowIntents intents;

    /**
     * One client for the class, warmed up by a first call: that call loads the REST client's classes and opens its
     * connection, which on a busy machine takes longer than the time limit a turn allows. The tests measure calls
     * after that, as a running service makes them.
     */
    @BeforeAll
    static void connect() {
        intents = DialogflowIntents.create(new DialogflowSettings(true, "maitre-test", null,
            "http://127.0.0.1:" + DIALOGFLOW.getPort(), null, 0, true));
        answer(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}"));
        intents.detect("warm-up", "hello", Locale.ENGLISH);
        await().atMost(Duration.ofSeconds(10)).until(() -> !DIALOGFLOW.getAllServeEvents().isEmpty());
    }

    @BeforeEach
    void freshStart() {
        DIALOGFLOW.resetAll();
        intents.guards().circuitBreaker().reset();
    }

    @AfterAll
    static void disconnect() {
        intents.close();
    }

    @Test
    void success() {
        answer(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
            {"responseId": "r-1",
             "queryResult": {"queryText": "what time do you close",
                             "intent": {"name": "projects/maitre-test/agent/intents/5e1f", "displayName": "store.info"},
                             "intentDetectionConfidence": 0.87, "languageCode": "en"}}"""));

        Optional<IntentGuess> guess = intents.detect("conv-7", "what time do you close", Locale.ENGLISH);

        assertThat(guess).contains(new IntentGuess(Intent.STORE_INFO, 0.87, "dialogflow"));
        DIALOGFLOW.verify(postRequestedFor(urlPathMatching(DETECT_INTENT)).withRequestBody(equalToJson("""
            {"queryInput": {"text": {"text": "what time do you close", "languageCode": "en"}}}""", true, true)));
    }

    @Test
    void slowIsCutOffWithinTheTimeLimit() {
        answer(aResponse().withStatus(200).withFixedDelay(4000).withBody("{}"));
        intents.detect("warm-up", "hello", Locale.ENGLISH);

        long start = System.nanoTime();
        Optional<IntentGuess> guess = intents.detect("conv-7", "a large pizza", Locale.ENGLISH);

        assertThat(guess).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
    }

    @Test
    void tooManyRequests() {
        assertFailure(aResponse().withStatus(429).withHeader("Content-Type", "application/json").withBody("""
            {"error": {"code": 429, "message": "Quota exceeded", "status": "RESOURCE_EXHAUSTED"}}"""));
    }

    @Test
    void serverError() {
        assertFailure(aResponse().withStatus(500).withHeader("Content-Type", "application/json").withBody("""
            {"error": {"code": 500, "message": "Internal error", "status": "INTERNAL"}}"""));
    }

    @Test
    void garbage() {
        assertFailure(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody("<html><body>502 Bad Gateway</body></html>"));
    }

    @Test
    void openBreakerStopsCallingDialogflow() {
        answer(aResponse().withStatus(503).withBody("{\"error\": {\"code\": 503, \"status\": \"UNAVAILABLE\"}}"));
        for (int i = 0; i < DialogflowGuards.MINIMUM_CALLS; i++) {
            assertThat(intents.detect("conv-7", "a pizza", Locale.ENGLISH)).isEmpty();
        }
        assertThat(intents.guards().circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);

        for (int i = 0; i < 100; i++) {
            assertThat(intents.detect("conv-7", "a pizza", Locale.ENGLISH)).isEmpty();
        }

        DIALOGFLOW.verify(DialogflowGuards.MINIMUM_CALLS, postRequestedFor(urlPathMatching(DETECT_INTENT)));
    }

    private void assertFailure(ResponseDefinitionBuilder response) {
        answer(response);

        assertThat(intents.detect("conv-7", "a pizza", Locale.ENGLISH)).isEmpty();

        assertThat(intents.guards().circuitBreaker().getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
        DIALOGFLOW.verify(1, postRequestedFor(urlPathMatching(DETECT_INTENT)));
    }

    private static void answer(ResponseDefinitionBuilder response) {
        DIALOGFLOW.stubFor(post(urlPathMatching(DETECT_INTENT)).willReturn(response));
    }
}
