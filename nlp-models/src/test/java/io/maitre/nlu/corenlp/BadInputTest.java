package io.maitre.nlu.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any text is read within its first {@link CoreNlpAnalyzer#MAX_CHARS} characters, and nothing throws or hangs. The
 * bounds catch a runaway analysis only (they hold on a loaded machine); speed is measured by the benchmarks.
 */
class BadInputTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2024, 5, 1, 12, 0, 0, 0, ZoneId.of("America/New_York"));
    private static final CoreNlpAnalyzer ANALYZER = new CoreNlpAnalyzer();
    private static final Duration HANG = Duration.ofSeconds(30);

    @BeforeAll
    static void loadModels() {
        ANALYZER.loadInBackground().join();
        ANALYZER.loadSentimentInBackground().join();
    }

    static Stream<String> badTexts() {
        return Stream.of(null, "", " ", "\t\n\r", "!!!???...,,,", "?!.,;:".repeat(200), "'", "-", ":30", "6:",
            "🍕🍕🍕 🥤", "two 🍕 please 😡 at 7pm", "a" + "🍕".repeat(5_000), "\u0000\u0001\u0007\u001b[31m",
            "two\u0000pizzas\u0007 at 7\u001bpm", "\uD800", "\uDC00abc", "a\uD83D", "pizza\u202Ewith\u200Bham",
            "two pizzas 披萨 пицца بيتزا ピザを二つ at 7pm", "два больших пиццы", "ஒரு பீட்சா",
            "x".repeat(10_000), "two large pizzas at 7pm ".repeat(500), "no ".repeat(5_000),
            "i want a pizza with ham and olives and cheese and peppers ".repeat(200), "9".repeat(5_000),
            "99999999999999999999 pizzas", "at 99:99", "at 25", "in 9999999 minutes", "+1 (555) 123-4567 ext 89",
            "((((((((", "this is terrible. ".repeat(50), "a. b. c. d. e. f. g. h. i. j. k. l. m. n. o. p.", "<script>alert('x')</script>", "%s %d {0}", "NaN", "Infinity", "\u00a0\u2003\u3000");
    }

    @ParameterizedTest
    @MethodSource("badTexts")
    void analyzesAnyTextInBoundedTime(String text) {
        Analysis analysis = assertTimeoutPreemptively(HANG, () -> ANALYZER.analyze(text, NOW));

        int read = text == null ? 0 : Math.min(text.length(), CoreNlpAnalyzer.MAX_CHARS);
        assertThat(analysis.tokens()).allSatisfy(t -> {
            assertThat(t.begin()).isBetween(0, t.end());
            assertThat(t.end()).isLessThanOrEqualTo(read);
            assertThat(t.word()).isNotNull();
            assertThat(t.lemma()).isNotNull();
        });
        assertThat(analysis.times()).allSatisfy(time -> assertThat(time.asap() || time.at() != null).isTrue());
        assertThat(analysis.numbers()).allSatisfy(n -> assertThat(n.value()).isNotNull());
    }

    @ParameterizedTest
    @MethodSource("badTexts")
    void readsTheSentimentOfAnyTextInBoundedTime(String text) {
        Sentiment sentiment = assertTimeoutPreemptively(HANG, () -> ANALYZER.sentiment(text));

        assertThat(sentiment.label()).isNotNull();
        assertThat(sentiment.score()).isBetween(-1.0, 1.0);
    }

    @ParameterizedTest
    @MethodSource("badTexts")
    void checksForTimeCuesQuickly(String text) {
        assertTimeoutPreemptively(HANG, () -> CoreNlpAnalyzer.mayContainTime(text));
    }
}
