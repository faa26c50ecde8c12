package io.maitre.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTrainerTest {

    @Test
    void aModelThatCannotFitItsOwnExamplesIsRetrainedWithALargerPenaltyAndNeverReturned() {
        List<IntentSample> samples = separable();
        List<IntentSample> swapped = new ArrayList<>();
        for (IntentSample s : samples) {
            swapped.add(new IntentSample(s.intent() == Intent.GREET ? Intent.GOODBYE : Intent.GREET, s.evidence()));
        }
        List<Double> penalties = new ArrayList<>();

        assertThatThrownBy(() -> ModelTrainer.trainIntents(samples, l2Cost -> {
            penalties.add(l2Cost);
            return IntentClassifier.train(swapped, ModelTrainer.intentParameters());
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("fits only");
        assertThat(penalties).hasSize(4).isSorted().first().isEqualTo(ModelTrainer.L2_COST);
    }

    @Test
    void aSeparableCorpusTrainsAModelThatFitsIt() throws IOException {
        List<IntentSample> samples = separable();

        IntentClassifier classifier = new IntentClassifier(ModelTrainer.trainIntents(samples), 1.0);

        assertThat(ModelTrainer.trainingFit(classifier, samples)).isGreaterThanOrEqualTo(
            ModelTrainer.MINIMUM_TRAINING_FIT);
    }

    @Test
    void theMeaningVectorAloneCanDecideTheIntent() throws IOException {
        List<IntentSample> samples = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String[] same = {"same", "words", "w" + i};
            samples.add(new IntentSample(Intent.GREET, new IntentEvidence(same, new float[] {0.9f, -0.4f})));
            samples.add(new IntentSample(Intent.GOODBYE, new IntentEvidence(same, new float[] {-0.4f, 0.9f})));
        }

        IntentClassifier classifier = new IntentClassifier(ModelTrainer.trainIntents(samples), 1.0);

        String[] unseen = {"same", "words", "new"};
        assertThat(classifier.classify(new IntentEvidence(unseen, new float[] {0.8f, -0.5f})).intent())
            .isEqualTo(Intent.GREET);
        assertThat(classifier.classify(new IntentEvidence(unseen, new float[] {-0.5f, 0.8f})).intent())
            .isEqualTo(Intent.GOODBYE);
    }

    private static List<IntentSample> separable() {
        List<IntentSample> samples = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            samples.add(new IntentSample(Intent.GREET,
                new IntentEvidence(new String[] {"hello", "there", "g" + i}, new float[] {0.2f, 0.1f})));
            samples.add(new IntentSample(Intent.GOODBYE,
                new IntentEvidence(new String[] {"bye", "now", "b" + i}, new float[] {0.1f, 0.2f})));
        }
        return samples;
    }

    @Test
    void wordsTheNameSentencesMarkAsFoodAreNeverCommonHoweverOftenTheyAreUsed() throws IOException {
        List<Corpus.Example> examples = List.of(
            new Corpus.Example(Intent.OUT_OF_SCOPE, "is the burger place any good"),
            new Corpus.Example(Intent.OUT_OF_SCOPE, "best burger in town"),
            new Corpus.Example(Intent.ORDER_ADD, "a burger and a shake for me"));
        List<String> sentences = List.of("can i get a <START:item> burger <END> please");

        List<String> common = ModelTrainer.commonWords(examples, ModelTrainer.nameSamples(sentences));

        assertThat(common).doesNotContain("burger");
        assertThat(ModelTrainer.commonWords(examples, List.of())).contains("burger");
    }

    @Test
    void aNameTheNameSentencesMarkIsCommonOnlyWhenTheCorpusUsesItOften() throws IOException {
        List<Corpus.Example> examples = new java.util.ArrayList<>(List.of(
            new Corpus.Example(Intent.GREET, "hi this is maria"),
            new Corpus.Example(Intent.HUMAN_HANDOFF, "is maria working today"),
            new Corpus.Example(Intent.FULFILLMENT_SET, "its for maria")));
        for (int i = 0; i < ModelTrainer.COMMON_NAME_MIN_EXAMPLES; i++) {
            examples.add(new Corpus.Example(Intent.STORE_INFO, "can we split the bill " + i));
        }
        List<String> sentences = List.of("its for <START:name> Maria <END>", "put it under <START:name> Bill <END>");

        List<String> common = ModelTrainer.commonWords(examples, ModelTrainer.nameSamples(sentences));

        assertThat(common).doesNotContain("maria").contains("bill");
        assertThat(ModelTrainer.commonWords(examples, List.of())).contains("maria");
    }
}
