package io.maitre.nlu.dialogflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.grpc.Grpc;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.TlsServerCredentials;
import io.maitre.nlu.Intent;
import io.maitre.nlu.IntentGuess;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Dialogflow client over gRPC configured exactly as in production (TLS, the server checked against the
 * JDK's trust store, {@code javax.net.ssl.trustStore}), against a Sessions server on a loopback socket with a
 * certificate for {@code localhost} (the test resource {@code localhost.p12}, self-signed, password
 * {@code maitre-test}). The client's channel is grpc-netty, found by gRPC's service loader, on the Netty the service
 * ships and the JDK's TLS: these tests show that combination completes a handshake and refuses a server it does not
 * trust.
 */
class DialogflowTlsIT {

    private static final char[] PASSWORD = "maitre-test".toCharArray();
    private static final String TRUST_STORE = "javax.net.ssl.trustStore";
    private static final String TRUST_STORE_PASSWORD = "javax.net.ssl.trustStorePassword";

    @TempDir
    static Path dir;
    private static KeyStore serverKeys;
    private static Path trustingLocalhost;

    private final FakeDialogflow fake = new FakeDialogflow();
    private final List<SSLSession> sessions = new CopyOnWriteArrayList<>();
    private Server server;
    private DialogflowSettings settings;

    @BeforeAll
    static void certificates() throws Exception {
        serverKeys = KeyStore.getInstance("PKCS12");
        try (InputStream in = DialogflowTlsIT.class.getResourceAsStream("localhost.p12")) {
            serverKeys.load(in, PASSWORD);
        }
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("localhost", serverKeys.getCertificate("localhost"));
        trustingLocalhost = dir.resolve("trusted.p12");
        try (OutputStream out = Files.newOutputStream(trustingLocalhost)) {
            trusted.store(out, PASSWORD);
        }
    }

    @BeforeEach
    void start() throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(serverKeys, PASSWORD);
        server = Grpc.newServerBuilderForPort(0, TlsServerCredentials.newBuilder()
                .keyManager(keys.getKeyManagers()).build())
            .addService(fake.service())
            .intercept(new ServerInterceptor() {
                @Override
                public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers,
                    ServerCallHandler<Q, A> next) {
                    sessions.add(call.getAttributes().get(Grpc.TRANSPORT_ATTR_SSL_SESSION));
                    return next.startCall(call, headers);
                }
            })
            .build()
            .start();
        int port = ((InetSocketAddress) server.getListenSockets().get(0)).getPort();
        settings = new DialogflowSettings(true, "maitre-test", null, "localhost:" + port, null, 0, false);
    }

    @AfterEach
    void stop() throws InterruptedException {
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void answersOverTlsFromATrustedServer() {
        fake.answer(FakeDialogflow.intent("order.cancel", 0.95f));

        try (DialogflowIntents intents = withTrustStore(() -> DialogflowIntents.create(settings))) {
            // the first calls in a JVM load the TLS and gRPC classes, which on a busy machine takes longer than
            // the time limit a turn allows
            await().atMost(Duration.ofSeconds(30)).until(
                () -> intents.detect("conv-9", "cancel my order", Locale.UK),
                Optional::isPresent);
            assertThat(intents.detect("conv-9", "cancel my order", Locale.UK))
                .contains(new IntentGuess(Intent.ORDER_CANCEL, 0.95, "dialogflow"));
        }
        assertThat(sessions).isNotEmpty().allSatisfy(session -> assertThat(session.getProtocol()).startsWith("TLS"));
    }

    @Test
    void refusesAServerItsTrustStoreDoesNotVouchFor() {
        try (DialogflowIntents intents = DialogflowIntents.create(settings)) {
            for (int call = 0; call < 3; call++) {
                assertThat(intents.detect("conv-9", "cancel my order", Locale.UK)).isEmpty();
            }
        }
        assertThat(fake.requests()).isEmpty();
    }

    /**
     * Runs {@code action} with the JDK's trust store set to one that trusts the test certificate; the client reads
     * the trust store when it builds its channel.
     */
    private static <T> T withTrustStore(Supplier<T> action) {
        String store = System.getProperty(TRUST_STORE);
        String password = System.getProperty(TRUST_STORE_PASSWORD);
        System.setProperty(TRUST_STORE, trustingLocalhost.toString());
        System.setProperty(TRUST_STORE_PASSWORD, new String(PASSWORD));
        try {
            return action.get();
        } finally {
            restore(TRUST_STORE, store);
            restore(TRUST_STORE_PASSWORD, password);
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }
}
