package io.maitre.nlu.dialogflow;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to reach Dialogflow ES. bot-core binds it from {@code maitre.nlu.dialogflow.*}: {@code enabled},
 * {@code project-id}, {@code credentials-file}, {@code endpoint}, {@code time-limit}, {@code min-confidence},
 * {@code use-rest} (see docs/dialogflow.md).
 *
 * @param enabled whether to consult Dialogflow at all
 * @param projectId the Google Cloud project that holds the agent
 * @param credentialsFile a service account key (JSON); {@code null} sends no credentials, which only a local or
 *     emulated {@code endpoint} accepts
 * @param endpoint {@code host:port}, or {@code null} for Google's global endpoint; an {@code http://} prefix
 *     means plain text (no TLS), for fakes and emulators on this machine
 * @param timeLimit how long a turn may wait for Dialogflow; {@code null} means 1200 ms; under 1.5 s
 * @param minConfidence the intent detection confidence below which Dialogflow's intent is not used; 0 means 0.7
 * @param useRest HTTP/JSON transport instead of gRPC
 */
public record DialogflowSettings(boolean enabled, String projectId, Path credentialsFile, String endpoint,
    Duration timeLimit, double minConfidence, boolean useRest) {

    /** The time limit when none is configured. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMillis(1200);
    /** The time limit must stay under this: a turn never waits longer for Dialogflow. */
    public static final Duration MAX_TIME_LIMIT = Duration.ofMillis(1500);
    /** The minimum confidence when none is configured. */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.7;

    public DialogflowSettings {
        projectId = blankToNull(projectId);
        endpoint = blankToNull(endpoint);
        timeLimit = timeLimit == null ? DEFAULT_TIME_LIMIT : timeLimit;
        if (timeLimit.isNegative() || timeLimit.isZero() || timeLimit.compareTo(MAX_TIME_LIMIT) >= 0) {
            throw new IllegalArgumentException("maitre.nlu.dialogflow.time-limit must be above 0 and under "
                + MAX_TIME_LIMIT.toMillis() + " ms, was " + timeLimit.toMillis() + " ms");
        }
        minConfidence = minConfidence == 0 ? DEFAULT_MIN_CONFIDENCE : minConfidence;
        if (!(minConfidence > 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException(
                "maitre.nlu.dialogflow.min-confidence must be in (0, 1], was " + minConfidence);
        }
    }

    /** Dialogflow switched off: the local classifier answers every turn. */
    public static DialogflowSettings disabled() {
        return new DialogflowSettings(false, null, null, null, null, 0, false);
    }

    /**
     * Whether Dialogflow is to be consulted: enabled, with a project id, and with credentials or an endpoint of
     * our own.
     */
    public boolean active() {
        return enabled && projectId != null && (credentialsFile != null || endpoint != null);
    }

    /** Whether the endpoint is reached without TLS (a fake or emulator on this machine). */
    boolean plainText() {
        return endpoint != null && endpoint.startsWith("http://");
    }

    /** The endpoint as {@code host:port}, without a scheme. */
    String address() {
        return endpoint.replaceFirst("^https?://", "");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
