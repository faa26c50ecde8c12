package io.maitre.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.DocumentSample;
import org.junit.jupiter.api.Test;

class ModelTrainerTest {

    @Test
    void aModelThatCannotFitItsOwnExamplesIsRetrainedWithALargerPenaltyAndNeverReturned() {
        List<DocumentSample> samples = separable();
        List<DocumentSample> swapped = new ArrayList<>();
        for (DocumentSample s : samples) {
            swapped.add(new DocumentSample(s.getCategory().equals("greet") ? "goodbye" : "greet", s.getText()));
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
        List<DocumentSample> samples = separable();

        IntentClassifier classifier = new IntentClassifier(ModelTrainer.trainIntents(samples), 1.0);

        assertThat(ModelTrainer.trainingFit(classifier, samples)).isGreaterThanOrEqualTo(
            ModelTrainer.MINIMUM_TRAINING_FIT);
    }

    private static List<DocumentSample> separable() {
        List<DocumentSample> samples = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            samples.add(new DocumentSample("greet", new String[] {"hello", "there", "g" + i}));
            samples.add(new DocumentSample("goodbye", new String[] {"bye", "now", "b" + i}));
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
}
