package io.maitre.nlu;

import java.util.ArrayList;
import java.util.List;

/**
 * A training example of the intent classifier.
 *
 * @param intent the intent it is labelled with
 * @param evidence what the classifier reads of it
 */
record IntentSample(Intent intent, IntentEvidence evidence) {

    /**
     * Corpus examples as the classifier reads them, read the way the pipeline reads an utterance: by the rules
     * against the corpus menu, then the name finder, then the reader's features and meaning vector.
     */
    static List<IntentSample> read(List<Corpus.Example> examples, TrainedNameFinder names, IntentReader reader) {
        CatalogInterpreter rules = new CatalogInterpreter(CorpusMenu.source());
        InterpretationContext context = InterpretationContext.of(CorpusMenu.OUTLET);
        List<IntentSample> samples = new ArrayList<>(examples.size());
        for (Corpus.Example example : examples) {
            Interpretation read = names.enrich(rules.interpret(example.text(), context), context);
            samples.add(new IntentSample(example.intent(), reader.evidence(example.text(), read)));
        }
        return samples;
    }
}
