package io.maitre.nlu.dialogflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.Status;
import io.maitre.nlu.Intent;
import io.maitre.nlu.IntentGuess;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real Dialogflow client over gRPC, configured as in production but for the endpoint, against a Sessions server
 * on a loopback socket.
 */
class DialogflowGrpcIT {

    private final FakeDialogflow fake = new FakeDialogflow();
    private Server server;
    private DialogflowIntents intents;

    /**
     * The first call in a JVM loads the gRPC client's classes, which on a busy machine takes longer than the time
     * limit a turn allows; the tests measure calls after that, as a running service makes them.
     */
    @BeforeAll
    static void warmUp() throws IOException, InterruptedException {
        FakeDialogflow warmFake = new FakeDialogflow();
        warmFake.answer(FakeDialogflow.intent("greet", 0.9f));
        Server warmServer = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
            .addService(warmFake.service()).build().start();
        int port = ((InetSocketAddress) warmServer.getListenSockets().get(0)).getPort();
        try (DialogflowIntents warm = DialogflowIntents.create(new DialogflowSettings(true, "maitre-test", null,
                "http://127.0.0.1:" + port, null, 0, false))) {
            warm.detect("warm-up", "hello", Locale.ENGLISH);
        } finally {
            warmServer.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @BeforeEach
    void start() throws IOException {
        server = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
            .addService(fake.service())
            .build()
            .start();
        int port = ((InetSocketAddress) server.getListenSockets().get(0)).getPort();
        intents = DialogflowIntents.create(new DialogflowSettings(true, "maitre-test", null,
            "http://127.0.0.1:" + port, null, 0, false));
    }

    @AfterEach
    void stop() throws InterruptedException {
        intents.close();
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void success() {
        fake.answer(FakeDialogflow.intent("order.cancel", 0.95f));

        assertThat(intents.detect("conv-9", "cancel my order", Locale.UK))
            .contains(new IntentGuess(Intent.ORDER_CANCEL, 0.95, "dialogflow"));
        assertThat(fake.requests().get(0).getQueryInput().getText().getLanguageCode()).isEqualTo("en-GB");
    }

    @Test
    void resourceExhausted() {
        fake.answer(FakeDialogflow.failure(Status.RESOURCE_EXHAUSTED));

        assertThat(intents.detect("conv-9", "cancel my order", Locale.UK)).isEmpty();
        assertThat(fake.requests()).hasSize(1);
    }

    @Test
    void slowIsCutOffWithinTheTimeLimit() {
        fake.answer(FakeDialogflow.hang());

        long start = System.nanoTime();
        assertThat(intents.detect("conv-9", "cancel my order", Locale.UK)).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
    }
}
