package io.maitre.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Cross-validated intent accuracy over all development material (the corpus and the development sets pooled,
 * five folds, each message scored by a model that never saw it): a larger and less saturated signal than the
 * development sets alone for choosing features, measured without touching the blind held-out set.
 */
class IntentCrossValidationTest {

    private static final int FOLDS = 5;
    /** A little below the measured cross-validated accuracy; raised as the features improve. */
    private static final double MINIMUM_ACCURACY = 0.955;

    static final List<String> DEVELOPMENT_MATERIAL = List.of(Corpus.INTENTS, "corpus/intents-dev.tsv",
        "corpus/intents-heldout2.tsv", "corpus/intents-heldout3.tsv", "corpus/intents-heldout4.tsv",
        "corpus/intents-heldout5.tsv", "corpus/intents-heldout6.tsv", "corpus/intents-heldout7.tsv",
        "corpus/intents-heldout8.tsv");

    @Test
    void crossValidatedAccuracy() throws IOException {
        List<Corpus.Example> pool = new ArrayList<>();
        DEVELOPMENT_MATERIAL.forEach(resource -> pool.addAll(Corpus.examples(resource)));
        List<IntentSample> samples = ModelTrainer.intentSamples(pool, TrainedNameFinder.bundled());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(FOLDS));
        int right = 0;
        List<String> misses = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<IntentSample> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int k = 0; k < order.size(); k++) {
                if (k % FOLDS == fold) {
                    test.add(order.get(k));
                } else {
                    train.add(samples.get(order.get(k)));
                }
            }
            IntentClassifier classifier = new IntentClassifier(ModelTrainer.trainIntents(train), 1.0);
            int rightBefore = right;
            for (int i : test) {
                IntentClassifier.Prediction p = classifier.classify(samples.get(i).evidence());
                Intent got = p.probability() < IntentArbiter.OUT_OF_SCOPE_BELOW ? Intent.OUT_OF_SCOPE : p.intent();
                if (got == pool.get(i).intent()) {
                    right++;
                } else {
                    misses.add(String.format(Locale.ROOT, "  MISS %-15s got %-15s %.2f  %s",
                        pool.get(i).intent().id(), got.id(), p.probability(), pool.get(i).text()));
                }
            }
            System.out.printf(Locale.ROOT, "  fold %d: accuracy %.4f%n", fold,
                (right - rightBefore) / (double) test.size());
        }
        double accuracy = right / (double) samples.size();
        System.out.printf(Locale.ROOT, "%n== CROSS-VALIDATION, %d folds over %d development messages: accuracy %.4f%n",
            FOLDS, samples.size(), accuracy);
        if (Boolean.getBoolean("maitre.cv.misses")) {
            misses.forEach(System.out::println);
        }
        assertThat(accuracy).isGreaterThanOrEqualTo(MINIMUM_ACCURACY);
    }
}
