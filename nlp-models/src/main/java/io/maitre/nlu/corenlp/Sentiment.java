package io.maitre.nlu.corenlp;

/**
 * How the customer feels, from CoreNLP's sentiment model: a signal for escalating to staff, not a verdict.
 *
 * @param label the class CoreNLP predicts for the most negative sentence
 * @param score that sentence's expected polarity, from -1 (very negative) through 0 (neutral) to 1 (very positive)
 */
public record Sentiment(Label label, double score) {

    /** The five classes of the Stanford Sentiment Treebank model, most negative first. */
    public enum Label {
        VERY_NEGATIVE, NEGATIVE, NEUTRAL, POSITIVE, VERY_POSITIVE
    }

    /** What a text without words, or one the model could not read, gets. */
    public static final Sentiment NEUTRAL = new Sentiment(Label.NEUTRAL, 0.0);

    /** Whether the label is {@link Label#NEGATIVE} or {@link Label#VERY_NEGATIVE}. */
    public boolean isNegative() {
        return label.compareTo(Label.NEGATIVE) <= 0;
    }
}
