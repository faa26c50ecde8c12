package io.maitre.nlu.dialogflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.api.gax.core.NoCredentialsProvider;
import com.google.api.gax.grpc.GrpcTransportChannel;
import com.google.api.gax.rpc.ApiException;
import com.google.api.gax.rpc.FixedTransportChannelProvider;
import com.google.api.gax.rpc.StatusCode;
import com.google.cloud.dialogflow.v2.DetectIntentRequest;
import com.google.cloud.dialogflow.v2.SessionsSettings;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.maitre.nlu.Intent;
import io.maitre.nlu.IntentGuess;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real Dialogflow client against an in-process server that speaks the real gRPC API. */
class DialogflowIntentsTest {

    private static final String PROJECT = "maitre-test";
    private static final Duration TEST_TIME_LIMIT = Duration.ofMillis(400);

    private final FakeDialogflow fake = new FakeDialogflow();
    private final List<DialogflowIntents> opened = new ArrayList<>();
    private Server server;
    private ManagedChannel channel;

    @BeforeEach
    void startServer() throws IOException {
        String name = InProcessServerBuilder.generateName();
        server = InProcessServerBuilder.forName(name).addService(fake.service()).build().start();
        channel = InProcessChannelBuilder.forName(name).build();
    }

    @AfterEach
    void stopServer() throws InterruptedException {
        opened.forEach(DialogflowIntents::close);
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void mapsDialogflowsIntentAndConfidence() {
        fake.answer(FakeDialogflow.intent("order.add", 0.92f));

        Optional<IntentGuess> guess = intents(shortLimit()).detect("conv-42", "two large pizzas please", Locale.US);

        assertThat(guess).hasValueSatisfying(g -> {
            assertThat(g.intent()).isEqualTo(Intent.ORDER_ADD);
            assertThat(g.confidence()).isEqualTo(0.92);
            assertThat(g.source()).isEqualTo("dialogflow");
        });
        DetectIntentRequest request = fake.requests().get(0);
        assertThat(request.getSession())
            .isEqualTo("projects/" + PROJECT + "/agent/sessions/" + DialogflowIntents.sessionId("conv-42"));
        assertThat(request.getQueryInput().getText().getText()).isEqualTo("two large pizzas please");
        assertThat(request.getQueryInput().getText().getLanguageCode()).isEqualTo("en-US");
    }

    @Test
    void everyIntentIdMapsBack() {
        DialogflowIntents intents = intents(shortLimit());
        for (Intent intent : Intent.values()) {
            fake.answer(FakeDialogflow.intent(intent.id(), 0.9f));
            assertThat(intents.detect("c", "hello", Locale.ENGLISH)).map(IntentGuess::intent).contains(intent);
        }
    }

    @Test
    void unknownIntentNameGivesNoGuess() {
        fake.answer(FakeDialogflow.intent("Default Fallback Intent", 1.0f));
        DialogflowIntents intents = intents(shortLimit());

        assertThat(intents.detect("c", "qwerty", Locale.ENGLISH)).isEmpty();
        assertThat(intents.guards().circuitBreaker().getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(1);
    }

    @Test
    void lowConfidenceGivesNoGuess() {
        DialogflowIntents intents = intents(shortLimit());

        fake.answer(FakeDialogflow.intent("order.add", 0.69f));
        assertThat(intents.detect("c", "maybe a pizza", Locale.ENGLISH)).isEmpty();
        fake.answer(FakeDialogflow.intent("order.add", 0.7f));
        assertThat(intents.detect("c", "a pizza", Locale.ENGLISH)).isPresent();
    }

    @Test
    void slowDialogflowIsCutOffAtTheTimeLimitAndTheCallCancelled() {
        fake.answer(FakeDialogflow.hang());
        DialogflowIntents intents = intents(settings(null));

        long start = System.nanoTime();
        Optional<IntentGuess> guess = intents.detect("c", "a large pepperoni", Locale.ENGLISH);
        Duration waited = Duration.ofNanos(System.nanoTime() - start);

        assertThat(guess).isEmpty();
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(1100)).isLessThan(Duration.ofSeconds(10));
        assertThat(intents.guards().circuitBreaker().getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(2)).until(() -> fake.cancelled() == 1);
    }

    @Test
    void resourceExhaustedGivesNoGuessAndCountsAsAFailure() {
        assertThat(assertFailureGivesNoGuess(FakeDialogflow.failure(Status.RESOURCE_EXHAUSTED.withDescription("quota"))))
            .isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.getStatusCode().getCode()).isEqualTo(StatusCode.Code.RESOURCE_EXHAUSTED));
    }

    @Test
    void internalErrorGivesNoGuessAndCountsAsAFailure() {
        assertThat(assertFailureGivesNoGuess(FakeDialogflow.failure(Status.INTERNAL.withDescription("boom"))))
            .isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.getStatusCode().getCode()).isEqualTo(StatusCode.Code.INTERNAL));
    }

    @Test
    void unavailableIsNotRetried() {
        assertThat(assertFailureGivesNoGuess(FakeDialogflow.failure(Status.UNAVAILABLE)))
            .isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.getStatusCode().getCode()).isEqualTo(StatusCode.Code.UNAVAILABLE));
        assertThat(fake.requests()).hasSize(1);
    }

    @Test
    void garbageGivesNoGuessAndCountsAsAFailure() {
        assertFailureGivesNoGuess(FakeDialogflow.garbage());
    }

    @Test
    void breakerOpensAfterRepeatedFailuresThenDetectReturnsAtOnceWithoutCallingDialogflow() {
        fake.answer(FakeDialogflow.failure(Status.INTERNAL));
        DialogflowIntents intents = intents(shortLimit());
        for (int i = 0; i < DialogflowGuards.MINIMUM_CALLS; i++) {
            assertThat(intents.detect("c", "a pizza", Locale.ENGLISH)).isEmpty();
        }
        assertThat(intents.guards().circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        int seen = fake.requests().size();
        fake.answer(FakeDialogflow.intent("order.add", 1.0f));

        long start = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            assertThat(intents.detect("c" + i, "a pizza", Locale.ENGLISH)).isEmpty();
        }
        Duration thousandCalls = Duration.ofNanos(System.nanoTime() - start);

        assertThat(fake.requests()).hasSize(seen);
        assertThat(thousandCalls).isLessThan(Duration.ofMillis(500));
        assertThat(intents.guards().circuitBreaker().getMetrics().getNumberOfNotPermittedCalls()).isEqualTo(1000);
    }

    @Test
    void fullBulkheadGivesNoGuessAtOnceAndIsNotADialogflowFailure() {
        fake.answer(FakeDialogflow.hang());
        DialogflowGuards oneAtATime = new DialogflowGuards(
            CircuitBreaker.of(DialogflowGuards.NAME, DialogflowGuards.standardBreaker()),
            Bulkhead.of(DialogflowGuards.NAME, BulkheadConfig.custom()
                .maxConcurrentCalls(1).maxWaitDuration(Duration.ZERO).build()),
            TimeLimiter.of(DialogflowGuards.NAME, DialogflowGuards.timeLimit(TEST_TIME_LIMIT)));
        DialogflowIntents intents = intents(settings(TEST_TIME_LIMIT), oneAtATime);
        CompletableFuture<Optional<IntentGuess>> first =
            CompletableFuture.supplyAsync(() -> intents.detect("c1", "a pizza", Locale.ENGLISH));
        await().atMost(Duration.ofSeconds(2)).until(() -> fake.requests().size() == 1);

        long start = System.nanoTime();
        Optional<IntentGuess> second = intents.detect("c2", "a coke", Locale.ENGLISH);
        Duration waited = Duration.ofNanos(System.nanoTime() - start);

        assertThat(second).isEmpty();
        assertThat(waited).isLessThan(TEST_TIME_LIMIT.dividedBy(2));
        assertThat(first.join()).isEmpty();
        assertThat(fake.requests()).hasSize(1);
        assertThat(intents.guards().circuitBreaker().getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
    }

    @Test
    void textDialogflowWouldRefuseIsNotSent() {
        DialogflowIntents intents = intents(shortLimit());

        assertThat(intents.detect("c", "", Locale.ENGLISH)).isEmpty();
        assertThat(intents.detect("c", " \t ", Locale.ENGLISH)).isEmpty();
        assertThat(intents.detect("c", null, Locale.ENGLISH)).isEmpty();
        assertThat(intents.detect("c", "pizza ".repeat(60), Locale.ENGLISH)).isEmpty();
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void interruptedTurnGivesNoGuessAndKeepsItsInterrupt() {
        fake.answer(FakeDialogflow.hang());
        DialogflowIntents intents = intents(shortLimit());

        Thread.currentThread().interrupt();
        Optional<IntentGuess> guess = intents.detect("c", "a pizza", Locale.ENGLISH);

        assertThat(Thread.interrupted()).isTrue();
        assertThat(guess).isEmpty();
    }

    @Test
    void missingLocaleAsksInEnglish() {
        fake.answer(FakeDialogflow.intent("greet", 0.99f));

        intents(shortLimit()).detect("c", "hi", null);

        assertThat(fake.requests().get(0).getQueryInput().getText().getLanguageCode()).isEqualTo("en");
    }

    /** The failure reaches the breaker as itself, not as a timeout: the turn did not wait for the time limit. */
    private Throwable assertFailureGivesNoGuess(FakeDialogflow.Answer failure) {
        fake.answer(failure);
        DialogflowIntents intents = intents(shortLimit());
        List<Throwable> recorded = new CopyOnWriteArrayList<>();
        intents.guards().circuitBreaker().getEventPublisher().onError(event -> recorded.add(event.getThrowable()));

        assertThat(intents.detect("c", "a pizza", Locale.ENGLISH)).isEmpty();

        assertThat(intents.guards().circuitBreaker().getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
        assertThat(recorded).singleElement().isNotInstanceOf(TimeoutException.class);
        return recorded.get(0);
    }

    private static DialogflowSettings shortLimit() {
        return settings(TEST_TIME_LIMIT);
    }

    private static DialogflowSettings settings(Duration timeLimit) {
        return new DialogflowSettings(true, PROJECT, null, null, timeLimit, 0, false);
    }

    private DialogflowIntents intents(DialogflowSettings settings) {
        return intents(settings, DialogflowGuards.standard(settings));
    }

    private DialogflowIntents intents(DialogflowSettings settings, DialogflowGuards guards) {
        SessionsSettings.Builder transport = SessionsSettings.newBuilder()
            .setTransportChannelProvider(FixedTransportChannelProvider.create(GrpcTransportChannel.create(channel)))
            .setCredentialsProvider(NoCredentialsProvider.create());
        DialogflowIntents intents = new DialogflowIntents(transport, settings, guards);
        opened.add(intents);
        return intents;
    }
}
