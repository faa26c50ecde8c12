package io.maitre.nlu.dialogflow;

import com.google.api.gax.core.CredentialsProvider;
import com.google.api.gax.core.FixedCredentialsProvider;
import com.google.api.gax.core.NoCredentialsProvider;
import com.google.api.gax.retrying.RetrySettings;
import com.google.auth.oauth2.ServiceAccountCredentials;
import com.google.cloud.dialogflow.v2.DetectIntentRequest;
import com.google.cloud.dialogflow.v2.DetectIntentResponse;
import com.google.cloud.dialogflow.v2.QueryInput;
import com.google.cloud.dialogflow.v2.QueryResult;
import com.google.cloud.dialogflow.v2.SessionName;
import com.google.cloud.dialogflow.v2.SessionsClient;
import com.google.cloud.dialogflow.v2.SessionsSettings;
import com.google.cloud.dialogflow.v2.TextInput;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.maitre.nlu.Intent;
import io.maitre.nlu.IntentGuess;
import io.maitre.nlu.ExternalIntentSource;
import io.maitre.nlu.InterpretationContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Dialogflow ES's intent for a customer message, through Google's Java client ({@code Sessions.DetectIntent}, API
 * v2), guarded by {@link DialogflowGuards}. Each of our conversations is one Dialogflow session. Dialogflow intent
 * display names are our intent ids (docs/architecture.md, Intents); any other intent, a low confidence, a failure, a timeout, a full
 * bulkhead or an open breaker gives no guess, and the local classifier answers.
 */
public final class DialogflowIntents implements ExternalIntentSource, AutoCloseable {

    /** The {@link IntentGuess#source()} of Dialogflow's guesses. */
    public static final String SOURCE = "dialogflow";
    /** Dialogflow refuses longer query texts; such a message is left to the local classifier. */
    static final int MAX_TEXT_LENGTH = 256;
    /** Dialogflow session ids are at most 36 characters; this many hex digits of a hash fit. */
    private static final int SESSION_ID_BYTES = 16;
    private static final System.Logger LOG = System.getLogger(DialogflowIntents.class.getName());

    private final SessionsClient client;
    private final String projectId;
    private final double minConfidence;
    private final DialogflowGuards guards;

    DialogflowIntents(SessionsSettings.Builder transport, DialogflowSettings settings, DialogflowGuards guards) {
        this.projectId = settings.projectId();
        this.minConfidence = settings.minConfidence();
        this.guards = guards;
        this.client = client(transport, guards.timeLimiter().getTimeLimiterConfig().getTimeoutDuration());
        guards.circuitBreaker().getEventPublisher().onStateTransition(event -> LOG.log(
            event.getStateTransition().getToState() == CircuitBreaker.State.OPEN
                ? System.Logger.Level.WARNING : System.Logger.Level.INFO,
            "Dialogflow circuit breaker {0}", event.getStateTransition()));
    }

    /**
     * Dialogflow with its own standard guards.
     *
     * @throws DialogflowMisconfigured when the settings are not {@link DialogflowSettings#active() active} or the
     *     credentials file cannot be read
     */
    public static DialogflowIntents create(DialogflowSettings settings) {
        return create(settings, DialogflowGuards.standard(settings));
    }

    /**
     * Dialogflow behind the given guards (for example from shared, metered registries).
     *
     * @throws DialogflowMisconfigured when the settings are not {@link DialogflowSettings#active() active} or the
     *     credentials file cannot be read
     */
    public static DialogflowIntents create(DialogflowSettings settings, DialogflowGuards guards) {
        if (!settings.active()) {
            throw new DialogflowMisconfigured("Dialogflow needs maitre.nlu.dialogflow.enabled=true, a project-id "
                + "and a credentials-file (or an endpoint of its own)", null);
        }
        SessionsSettings.Builder transport = settings.useRest()
            ? SessionsSettings.newHttpJsonBuilder() : SessionsSettings.newBuilder();
        if (settings.endpoint() != null) {
            if (settings.useRest()) {
                transport.setEndpoint(settings.endpoint());
            } else {
                transport.setEndpoint(settings.address());
                if (settings.plainText()) {
                    transport.setTransportChannelProvider(SessionsSettings.defaultGrpcTransportProviderBuilder()
                        .setChannelConfigurator(channel -> channel.usePlaintext())
                        .build());
                }
            }
        }
        transport.setCredentialsProvider(credentials(settings));
        return new DialogflowIntents(transport, settings, guards);
    }

    /** Dialogflow when the settings switch it on. */
    public static Optional<DialogflowIntents> createIfActive(DialogflowSettings settings) {
        return settings.active() ? Optional.of(create(settings)) : Optional.empty();
    }

    /** Asks Dialogflow, in the conversation's own Dialogflow session; a context without a conversation gets none. */
    @Override
    public Optional<IntentGuess> detect(String text, InterpretationContext context) {
        if (context == null || context.sessionId() == null) {
            return Optional.empty();
        }
        return detect(context.sessionId(), text, context.locale());
    }

    /**
     * Detects the intent of one customer message. Never throws; returns within the time limit.
     *
     * @param sessionId our conversation id; Dialogflow keeps its own session per conversation
     * @param text the customer's words
     * @param locale the conversation's language
     * @return the intent when Dialogflow answered in time and is confident, else empty
     */
    public Optional<IntentGuess> detect(String sessionId, String text, Locale locale) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT_LENGTH) {
            return Optional.empty();
        }
        try {
            DetectIntentRequest request = request(sessionId, text.strip(), locale);
            DetectIntentResponse answer = guards.call(() -> client.detectIntentCallable().futureCall(request));
            return guess(answer.getQueryResult());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.DEBUG, "Dialogflow gave no intent: {0}", e.toString());
            return Optional.empty();
        }
    }

    /** The guards, for metrics and health. */
    public DialogflowGuards guards() {
        return guards;
    }

    @Override
    public void close() {
        client.close();
    }

    /**
     * Dialogflow's session id for one of our conversation ids: a hash, so that no customer identifier reaches
     * Google and every id fits Dialogflow's form (at most 36 characters of {@code [0-9a-f]}). The same
     * conversation always maps to the same session.
     */
    static String sessionId(String conversationId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(String.valueOf(conversationId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(Arrays.copyOf(digest, SESSION_ID_BYTES));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String languageCode(Locale locale) {
        if (locale == null || locale.getLanguage().isEmpty()) {
            return "en";
        }
        return locale.toLanguageTag();
    }

    private DetectIntentRequest request(String sessionId, String text, Locale locale) {
        return DetectIntentRequest.newBuilder()
            .setSession(SessionName.of(projectId, sessionId(sessionId)).toString())
            .setQueryInput(QueryInput.newBuilder()
                .setText(TextInput.newBuilder().setText(text).setLanguageCode(languageCode(locale))))
            .build();
    }

    private Optional<IntentGuess> guess(QueryResult result) {
        // Dialogflow sends a float: compare and report it as the decimal it stands for (0.7f is not 0.7)
        double confidence = Double.parseDouble(Float.toString(result.getIntentDetectionConfidence()));
        if (!result.hasIntent() || confidence < minConfidence) {
            return Optional.empty();
        }
        return Intent.fromId(result.getIntent().getDisplayName())
            .map(intent -> new IntentGuess(intent, confidence, SOURCE));
    }

    /**
     * The client with one attempt per call and a deadline equal to the time limit: the client's own retries
     * (Dialogflow's defaults retry UNAVAILABLE for up to 220 s) would outlast any turn, and the time limiter
     * cancels the call anyway.
     */
    private static SessionsClient client(SessionsSettings.Builder transport, Duration limit) {
        transport.detectIntentSettings()
            .setRetryableCodes(Set.of())
            .setRetrySettings(RetrySettings.newBuilder()
                .setMaxAttempts(1)
                .setTotalTimeoutDuration(limit)
                .setInitialRpcTimeoutDuration(limit)
                .setMaxRpcTimeoutDuration(limit)
                .setRpcTimeoutMultiplier(1.0)
                .build());
        try {
            return SessionsClient.create(transport.build());
        } catch (IOException e) {
            throw new DialogflowMisconfigured("Dialogflow client cannot be set up: " + e.getMessage(), e);
        }
    }

    private static CredentialsProvider credentials(DialogflowSettings settings) {
        if (settings.credentialsFile() == null) {
            return NoCredentialsProvider.create();
        }
        try (InputStream key = Files.newInputStream(settings.credentialsFile())) {
            return FixedCredentialsProvider.create(
                ServiceAccountCredentials.fromStream(key).createScoped(SessionsSettings.getDefaultServiceScopes()));
        } catch (IOException e) {
            throw new DialogflowMisconfigured(
                "Dialogflow credentials file " + settings.credentialsFile() + " cannot be read: " + e.getMessage(), e);
        }
    }
}
