package io.maitre.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A guard on the shipped models: the pipeline's intent accuracy on customer messages the corpus never saw. The
 * kept-apart sets ({@code intents-heldout10.tsv}, {@code intents-heldout11.tsv}) were written blind, by writers who
 * had not seen the corpus; {@link BlindSetIndependenceTest} keeps every training line away from them. The full
 * report (ablations, confusions, calibration, misses) and the other experiments are {@code ./maitre evaluate}.
 */
class IntentEvaluationTest {

    /** Ratchets: a little below the accuracy measured when each set was blind (docs/benchmarks.md). */
    @ParameterizedTest
    @CsvSource({
        "corpus/intents-heldout10.tsv, 0.975",
        "corpus/intents-heldout11.tsv, 0.975"})
    void theShippedPipelineReadsTheKeptApartMessages(String set, double minimum) {
        assertThat(BlindSetIndependenceTest.BLIND_SETS).contains(set);
        UnderstandingPipeline pipeline = new UnderstandingPipeline(MenuVocabularyMother.source());
        InterpretationContext context = Utterances.context();
        List<Corpus.Example> examples = Corpus.examples(set);
        long right = examples.stream()
            .filter(e -> pipeline.interpret(e.text(), context).intent() == e.intent()).count();
        double accuracy = right / (double) examples.size();

        System.out.printf(Locale.ROOT, "kept-apart intent set %s: pipeline accuracy %.4f (%d/%d)%n", set, accuracy,
            right, examples.size());
        assertThat(accuracy).isGreaterThanOrEqualTo(minimum);
    }
}
