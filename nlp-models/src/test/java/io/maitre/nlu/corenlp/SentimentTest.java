package io.maitre.nlu.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CoreNLP's sentiment tells an angry customer from one placing an order. */
class SentimentTest {

    private static final CoreNlpAnalyzer ANALYZER = new CoreNlpAnalyzer();

    @ParameterizedTest
    @ValueSource(strings = {"This is ridiculous, my order is an hour late and the pizza was cold.",
        "the worst service ever, your driver was rude and the food was terrible",
        "Hi. I hate this, the pizza was disgusting and I want my money back."})
    void complaintsAreNegative(String text) {
        Sentiment sentiment = ANALYZER.sentiment(text);

        assertThat(sentiment.isNegative()).isTrue();
        assertThat(sentiment.score()).isNegative();
    }

    @ParameterizedTest
    @ValueSource(strings = {"two large pepperoni pizzas for pickup", "Can I get a coke", "a dozen wings please"})
    void ordersAreNotNegative(String text) {
        Sentiment sentiment = ANALYZER.sentiment(text);

        assertThat(sentiment.isNegative()).isFalse();
        assertThat(sentiment.score()).isGreaterThan(-0.2);
    }

    @Test
    void aComplaintScoresLowerThanAnOrder() {
        assertThat(ANALYZER.sentiment("my pizza was cold and late, this is awful").score())
            .isLessThan(ANALYZER.sentiment("a large pizza with ham").score());
    }

    @Test
    void theMostNegativeSentenceDecides() {
        assertThat(ANALYZER.sentiment("Hello there. The delivery was horrible and the food was awful.").isNegative())
            .isTrue();
    }

    @Test
    void sentimentLoadsOnlyWhenAskedFor() {
        CoreNlpAnalyzer fresh = new CoreNlpAnalyzer();
        fresh.analyze("two pizzas", ZonedDateTime.now());

        assertThat(fresh.isSentimentLoaded()).isFalse();
        assertThat(fresh.sentiment("").label()).isEqualTo(Sentiment.Label.NEUTRAL);
        assertThat(fresh.isSentimentLoaded()).isFalse();
    }
}
