package io.maitre.nlu;

/**
 * Reads the {@link IntentEvidence} of a message with one set of fitted parts (the spelling vocabulary and the
 * embedding table): the shipped ones when serving, a fold's own when the trainer cross-validates, so that no fold
 * is read with what was fitted on its test messages. Safe to share between threads.
 */
final class IntentReader {

    private final IntentFeatures features;
    private final StaticEmbeddings embeddings;

    IntentReader(Spelling spelling, StaticEmbeddings embeddings) {
        this.features = new IntentFeatures(spelling);
        this.embeddings = embeddings;
    }

    /** The evidence of a text as the rules and the name finder read it. */
    IntentEvidence evidence(String text, Interpretation read) {
        return new IntentEvidence(features.of(text, read), embeddings.of(text));
    }

}
