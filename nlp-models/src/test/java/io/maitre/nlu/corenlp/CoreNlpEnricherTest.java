package io.maitre.nlu.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.nlu.Entity;
import io.maitre.nlu.Intent;
import io.maitre.nlu.Interpretation;
import io.maitre.nlu.InterpretationContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoreNlpEnricherTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final InterpretationContext ASKED_FOR_TIME = new InterpretationContext("demo", NEW_YORK, Locale.ENGLISH, Clock.fixed(Instant.parse("2026-11-22T17:00:00Z"), NEW_YORK), "web:t");
    private static CoreNlpAnalyzer analyzer;

    @BeforeAll
    static void loadModels() {
        analyzer = new CoreNlpAnalyzer();
        analyzer.loadInBackground().join();
        analyzer.loadSentimentInBackground().join();
    }

    @Test
    void addsTheTimeTheCheapPassMissed() {
        Interpretation heard = interpretation("tomorrow at noon please", Intent.FULFILLMENT_SET, List.of());

        Interpretation enriched = new CoreNlpEnricher(analyzer).enrich(heard, ASKED_FOR_TIME);

        assertThat(enriched.entity("time")).contains("2026-11-23T12:00");
    }

    @Test
    void leavesATimeTheCheapPassFoundAlone() {
        Entity found = new Entity("time", "18:30", "6:30", 3, 7);
        Interpretation heard = interpretation("at 6:30 tonight", Intent.FULFILLMENT_SET, List.of(found));

        assertThat(new CoreNlpEnricher(analyzer).enrich(heard, ASKED_FOR_TIME)).isSameAs(heard);
    }

    @Test
    void marksAnAngryMessageItDidNotUnderstandAsNegative() {
        Interpretation heard = interpretation("this is awful, horrible, the worst experience of my life",
                Intent.OUT_OF_SCOPE, List.of());

        assertThat(new CoreNlpEnricher(analyzer).enrich(heard, ASKED_FOR_TIME).entity("sentiment"))
                .hasValueSatisfying(v -> assertThat(v).isIn("negative", "very_negative"));
    }

    @Test
    void doesNotSpendSentimentOnOrders() {
        Interpretation heard = interpretation("a large pepperoni pizza, I hate olives", Intent.ORDER_ADD, List.of());

        assertThat(new CoreNlpEnricher(analyzer).enrich(heard, ASKED_FOR_TIME).entity("sentiment")).isEmpty();
    }

    @Test
    void addsNothingWhileTheModelsAreStillLoading() {
        Interpretation heard = interpretation("tomorrow at noon", Intent.FULFILLMENT_SET, List.of());

        assertThat(new CoreNlpEnricher(new CoreNlpAnalyzer()).enrich(heard, ASKED_FOR_TIME)).isSameAs(heard);
    }

    private static Interpretation interpretation(String text, Intent intent, List<Entity> entities) {
        return new Interpretation(text, intent, 0.9, "rules", entities, List.of());
    }
}
