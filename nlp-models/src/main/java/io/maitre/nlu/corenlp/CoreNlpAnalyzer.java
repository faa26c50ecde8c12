package io.maitre.nlu.corenlp;

import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * Stanford CoreNLP over one utterance: tokens and lemmas, numbers in words and digits, times resolved with SUTime
 * in the turn's zone, and, on its own, sentiment. Thread-safe; share one instance.
 *
 * <p>Nothing is loaded by the constructor. The models load on the first call that needs them, or earlier on a
 * background thread with {@link #loadInBackground()} and {@link #loadSentimentInBackground()}, so that start-up
 * does not wait for them; {@link #isLoaded()} lets a caller skip CoreNLP rather than wait while they load.
 *
 * <p>Any text is accepted: only its first {@link #MAX_CHARS} characters are read, control characters count as
 * spaces, and nothing is thrown; a text CoreNLP cannot read gives {@link Analysis#EMPTY} or
 * {@link Sentiment#NEUTRAL}.
 */
public final class CoreNlpAnalyzer {

    /** How much of a text is read: CoreNLP's time grows with length, and an utterance is rarely longer. */
    public static final int MAX_CHARS = 500;

    private static final System.Logger LOG = System.getLogger(CoreNlpAnalyzer.class.getName());

    /** The words SUTime could make a time of; without any, SUTime is not run. */
    private static final Pattern TIME_CUES = Pattern.compile(
        "\\d:\\d\\d|\\d\\s*[ap]\\.?m\\b"
            + "|\\b(?:asap|a\\.s\\.a\\.p|soon|now|right away|immediately|today|tonight|tonite|tomorrow|tmrw|tmr"
            + "|noon|midday|midnight|morning|afternoon|evening|night|minutes?|mins?|hours?|hrs?|half past|quarter"
            + "|o'?clock|later|monday|tuesday|tues|wednesday|weds|thursday|thurs|friday|saturday|sunday|weekend)\\b"
            + "|\\b(?:at|by|around|before|after|until|till)\\s+"
            + "(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b",
        Pattern.CASE_INSENSITIVE);

    private final Lazy<AnalysisPipeline> analysis = new Lazy<>("the CoreNLP tagger and SUTime", AnalysisPipeline::load);
    private final Lazy<SentimentPipeline> sentiment = new Lazy<>("the CoreNLP parser and sentiment model",
        SentimentPipeline::load);

    /**
     * Whether the text may hold a time SUTime can read: a clock time, am or pm, a day or part of a day, a delay
     * unit, "asap" or "now". A cheap check, so that callers (and {@link #analyze}) run SUTime only when it may help.
     */
    public static boolean mayContainTime(String text) {
        return text != null && TIME_CUES.matcher(InputText.prepare(text, MAX_CHARS)).find();
    }

    /**
     * Reads the first {@link #MAX_CHARS} characters of the text, loading the tagger and SUTime first if need be.
     *
     * @param text any text, {@code null} included
     * @param now the moment of the turn, in the outlet's zone: times are resolved against it and come in its zone
     * @return the tokens, times and numbers; {@link Analysis#EMPTY} for a text without words
     */
    public Analysis analyze(String text, ZonedDateTime now) {
        Objects.requireNonNull(now, "now");
        String input = InputText.prepare(text, MAX_CHARS);
        if (input.isBlank()) {
            return Analysis.EMPTY;
        }
        try {
            return analysis.get().analyze(input, now, TIME_CUES.matcher(input).find());
        } catch (ModelsUnavailable e) {
            return Analysis.EMPTY;
        } catch (RuntimeException e) {
            // CoreNLP is not ours: whatever it trips over, the turn goes on without it
            LOG.log(System.Logger.Level.WARNING, "CoreNLP could not analyze an utterance", e);
            return Analysis.EMPTY;
        }
    }

    /**
     * The sentiment of the first {@link #MAX_CHARS} characters of the text: that of its most negative sentence.
     * Costs a parse (tens of milliseconds, more for long sentences) and loads the parser and sentiment model first
     * if need be; call it only when it can change a decision, such as whether to offer a person.
     */
    public Sentiment sentiment(String text) {
        String input = InputText.prepare(text, MAX_CHARS);
        if (input.isBlank()) {
            return Sentiment.NEUTRAL;
        }
        try {
            return sentiment.get().sentiment(input);
        } catch (ModelsUnavailable e) {
            return Sentiment.NEUTRAL;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "CoreNLP could not read the sentiment of an utterance", e);
            return Sentiment.NEUTRAL;
        }
    }

    /** Starts loading the tagger and SUTime on a daemon thread; the future completes when they are loaded. */
    public CompletableFuture<Void> loadInBackground() {
        return analysis.loadInBackground("corenlp-analysis-loader");
    }

    /** Starts loading the parser and sentiment model on a daemon thread; the future completes when they are loaded. */
    public CompletableFuture<Void> loadSentimentInBackground() {
        return sentiment.loadInBackground("corenlp-sentiment-loader");
    }

    /** Whether {@link #analyze} runs without waiting for models to load. */
    public boolean isLoaded() {
        return analysis.isLoaded();
    }

    /** Whether {@link #sentiment} runs without waiting for models to load. */
    public boolean isSentimentLoaded() {
        return sentiment.isLoaded();
    }
}
