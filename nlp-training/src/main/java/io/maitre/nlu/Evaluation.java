package io.maitre.nlu;

import java.util.List;

/**
 * Scores a set of models on the kept-apart intent evaluation set, the way nlp-models' guard test does: the pipeline
 * reading each message of {@value #HELD_OUT} against the demo menu, with nothing of the conversation known.
 */
final class Evaluation {

    /** The kept-apart evaluation set, under {@code io/maitre/nlu/} in nlp-models' test resources. */
    static final String HELD_OUT = "corpus/intents-heldout10.tsv";

    /**
     * A score.
     *
     * @param right the messages read right
     * @param total the messages
     */
    record Score(int right, int total) {

        double accuracy() {
            return total == 0 ? 0 : right / (double) total;
        }
    }

    private Evaluation() {
    }

    /** The pipeline with these models, on the kept-apart evaluation set. */
    static Score heldOut(ShippedModels models) {
        UnderstandingPipeline pipeline = pipeline(models);
        InterpretationContext context = InterpretationContext.of(MenuVocabularyMother.OUTLET);
        List<Corpus.Example> examples = Corpus.examples(HELD_OUT);
        int right = 0;
        for (Corpus.Example example : examples) {
            right += pipeline.interpret(example.text(), context).intent() == example.intent() ? 1 : 0;
        }
        return new Score(right, examples.size());
    }

    /** The local pipeline, against the demo menu's words, with these models. */
    static UnderstandingPipeline pipeline(ShippedModels models) {
        return new UnderstandingPipeline(new CatalogInterpreter(MenuVocabularyMother.source()), models,
            ExternalIntentSource.NONE, List.of());
    }
}
