package io.maitre.nlu.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tokens, lemmas, numbers and times as CoreNLP reads them, on a Wednesday at noon in New York. */
class CoreNlpAnalyzerTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZonedDateTime NOON = ZonedDateTime.of(2024, 5, 1, 12, 0, 0, 0, NEW_YORK);
    private static final CoreNlpAnalyzer ANALYZER = new CoreNlpAnalyzer();

    @Test
    void lemmatizesWords() {
        Analysis analysis = ANALYZER.analyze("I wanted two pizzas and the wings", NOON);

        assertThat(analysis.tokens()).extracting(Token::word, Token::lemma)
            .contains(tuple("wanted", "want"), tuple("pizzas", "pizza"), tuple("wings", "wing"));
    }

    @Test
    void tokensCarryTheirOffsetsAndTags() {
        String text = "Two large pizzas, please!";
        Analysis analysis = ANALYZER.analyze(text, NOON);

        assertThat(analysis.tokens()).extracting(Token::word)
            .containsExactly("Two", "large", "pizzas", ",", "please", "!");
        assertThat(analysis.tokens()).allSatisfy(t -> assertThat(text.substring(t.begin(), t.end())).isEqualTo(t.word()));
        assertThat(analysis.tokens().get(2).tag()).isEqualTo("NNS");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        a dozen wings                  | dozen        | 12
        twenty four cokes              | twenty four  | 24
        2 pizzas                       | 2            | 2
        one hundred and five napkins   | one hundred and five | 105
        1.5 liters of sprite           | 1.5          | 1.5
        """)
    void readsNumbersInWordsAndDigits(String text, String words, BigDecimal value) {
        Analysis analysis = ANALYZER.analyze(text, NOON);

        assertThat(analysis.numbers()).singleElement().satisfies(n -> {
            assertThat(n.text()).isEqualTo(words);
            assertThat(n.value()).isEqualTo(value);
            assertThat(n.ordinal()).isFalse();
            assertThat(text.substring(n.begin(), n.end())).isEqualTo(words);
        });
    }

    @Test
    void findsSeveralNumbersAndOrdinals() {
        Analysis analysis = ANALYZER.analyze("three cokes, a dozen wings and make the 2nd pizza large", NOON);

        assertThat(analysis.numbers()).extracting(NumberMention::value, NumberMention::ordinal)
            .containsExactly(tuple(new BigDecimal("3"), false), tuple(new BigDecimal("12"), false),
                tuple(new BigDecimal("2"), true));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        can I pick it up at 6:30 tonight        | 6:30 tonight       | 2024-05-01T18:30
        deliver it in 20 minutes                | in 20 minutes      | 2024-05-01T12:20
        tomorrow at noon please                 | tomorrow at noon   | 2024-05-02T12:00
        at 7pm                                  | 7pm                | 2024-05-01T19:00
        ready in half an hour?                  | in half an hour    | 2024-05-01T12:30
        in an hour and a half                   | in an hour and a half | 2024-05-01T13:30
        20 minutes from now                     | 20 minutes from now | 2024-05-01T12:20
        at 6                                    | 6                  | 2024-05-01T18:00
        at 11                                   | 11                 | 2024-05-01T23:00
        at six thirty                           | six thirty         | 2024-05-01T18:30
        half past six                           | half past six      | 2024-05-01T18:30
        at 9am tomorrow                         | 9am tomorrow       | 2024-05-02T09:00
        tomorrow at 7                           | tomorrow at 7      | 2024-05-02T19:00
        tomorrow at 11                          | tomorrow at 11     | 2024-05-02T11:00
        friday at 7pm                           | friday at 7pm      | 2024-05-03T19:00
        around 8 this evening                   | 8 this evening     | 2024-05-01T20:00
        """)
    void resolvesTimesAgainstNowInItsZone(String text, String words, String localDateTime) {
        Analysis analysis = ANALYZER.analyze(text, NOON);

        assertThat(analysis.times()).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo(words);
            assertThat(text.substring(t.begin(), t.end())).isEqualTo(words);
            assertThat(t.asap()).isFalse();
            assertThat(t.at()).isEqualTo(LocalDateTime.parse(localDateTime).atZone(NEW_YORK));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"asap", "ASAP please", "as soon as possible", "I want it now", "right away"})
    void marksAsSoonAsPossible(String text) {
        Analysis analysis = ANALYZER.analyze(text, NOON);

        assertThat(analysis.times()).singleElement().satisfies(t -> {
            assertThat(t.asap()).isTrue();
            assertThat(t.at()).isNull();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"tomorrow", "tonight", "it took 2 hours last time", "what is currently on the menu",
        "two large pizzas", "a pizza for 2"})
    void findsNoTimeToOrderForWithoutAClockTimeOrADelay(String text) {
        assertThat(ANALYZER.analyze(text, NOON).times()).isEmpty();
    }

    @Test
    void leavesTheNumbersOfATimeToTheTime() {
        Analysis analysis = ANALYZER.analyze("two large pizzas at 7pm and 3 cokes in 20 minutes", NOON);

        assertThat(analysis.numbers()).extracting(NumberMention::value)
            .containsExactly(new BigDecimal("2"), new BigDecimal("3"));
        assertThat(analysis.times()).extracting(TimeMention::text).containsExactly("7pm", "in 20 minutes");
    }

    @Test
    void resolvesInTheZoneOfNowAcrossDaylightSaving() {
        ZonedDateTime beforeTheChange = ZonedDateTime.of(2024, 3, 9, 12, 0, 0, 0, NEW_YORK);
        ZonedDateTime paris = ZonedDateTime.of(2024, 3, 9, 12, 0, 0, 0, ZoneId.of("Europe/Paris"));

        assertThat(ANALYZER.analyze("tomorrow at noon", beforeTheChange).times().get(0).at())
            .isEqualTo(ZonedDateTime.of(2024, 3, 10, 12, 0, 0, 0, NEW_YORK))
            .satisfies(at -> assertThat(at.getOffset()).isEqualTo(ZoneOffset.ofHours(-4)));
        assertThat(ANALYZER.analyze("in 20 minutes", paris).times().get(0).at())
            .isEqualTo(paris.plusMinutes(20));
    }

    @Test
    void aClockHourAlreadyPastTodayIsItsNextOccurrence() {
        ZonedDateTime evening = ZonedDateTime.of(2024, 5, 1, 20, 0, 0, 0, NEW_YORK);

        assertThat(ANALYZER.analyze("at 6:30", evening).times().get(0).at())
            .isEqualTo(ZonedDateTime.of(2024, 5, 2, 6, 30, 0, 0, NEW_YORK));
        assertThat(ANALYZER.analyze("at 9", evening).times().get(0).at())
            .isEqualTo(ZonedDateTime.of(2024, 5, 1, 21, 0, 0, 0, NEW_YORK));
    }

    @Test
    void everyTimeFoundHasACue() {
        for (String text : List.of("can I pick it up at 6:30 tonight", "deliver it in 20 minutes", "tomorrow at noon",
                "at 7pm", "ready in half an hour?", "asap", "as soon as possible", "at six thirty", "half past six",
                "friday at 7pm", "at 6")) {
            assertThat(CoreNlpAnalyzer.mayContainTime(text)).as(text).isTrue();
        }
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        List<String> texts = List.of("two pizzas at 7pm", "a dozen wings in 20 minutes", "tomorrow at noon please",
            "I wanted three cokes asap", "twenty four sprites at 6:30 tonight");
        List<Analysis> expected = texts.stream().map(t -> ANALYZER.analyze(t, NOON)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int k = i % texts.size();
                runs.add(pool.submit(() -> ANALYZER.analyze(texts.get(k), NOON).equals(expected.get(k))));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get(30, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void loadsInTheBackgroundOnRequest() throws Exception {
        CoreNlpAnalyzer fresh = new CoreNlpAnalyzer();
        assertThat(fresh.isLoaded()).isFalse();

        fresh.loadInBackground().get(60, TimeUnit.SECONDS);

        assertThat(fresh.isLoaded()).isTrue();
        assertThat(fresh.isSentimentLoaded()).isFalse();
    }
}
