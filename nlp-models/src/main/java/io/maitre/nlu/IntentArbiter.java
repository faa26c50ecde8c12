package io.maitre.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides an utterance's intent, read on its own, from the rules' reading, the classifier's prediction and, when
 * present, an external source's guess. (What the message means as the answer to the bot's question is the rules'
 * reading of it as that answer: see {@link Interpretation#asAnswerTo(Question)}.)
 *
 * <ol>
 *   <li>An external source's confident guess is taken.</li>
 *   <li>Else the classifier's intent. The classifier reads the rules' decision among its features, so it has
 *       learned from the corpus when the rules are right and when the words say otherwise; its probability is
 *       the confidence, low when the bot should ask. When even its best intent is improbable, the utterance is
 *       out of scope.</li>
 * </ol>
 */
final class IntentArbiter {

    /** Below this top probability the classifier finds no intent of ours in the utterance. */
    static final double OUT_OF_SCOPE_BELOW = 0.25;
    /** An external source's confidence at and above which its intent is taken. */
    static final double EXTERNAL_CONFIDENT = 0.7;

    /**
     * The decided intent.
     *
     * @param ranked the intents the message may have, most likely first: the decided one, with its confidence and
     *     source ({@code rules} when it is the rules' intent, {@code local} when the classifier chose another, or
     *     the external source's), then the classifier's next best
     */
    record Verdict(List<IntentGuess> ranked) {

        Intent intent() {
            return ranked.get(0).intent();
        }

        double confidence() {
            return ranked.get(0).confidence();
        }

        String source() {
            return ranked.get(0).source();
        }
    }

    private IntentArbiter() {
    }

    /** Decides between the classifier and an external guess. */
    static Verdict decide(Interpretation rules, IntentClassifier.Prediction local,
            Optional<IntentGuess> external) {
        if (external.isPresent() && external.get().intent() != Intent.OUT_OF_SCOPE
                && external.get().confidence() >= EXTERNAL_CONFIDENT) {
            IntentGuess guess = external.get();
            return verdict(guess.intent(), Math.min(1.0, guess.confidence()), guess.source(), local);
        }
        Intent intent = local.probability() < OUT_OF_SCOPE_BELOW ? Intent.OUT_OF_SCOPE : local.intent();
        double confidence = intent == local.intent() ? local.probability() : 1.0 - local.probability();
        String source = intent == rules.intent() ? CatalogInterpreter.SOURCE : UnderstandingPipeline.LOCAL;
        return verdict(intent, confidence, source, local);
    }

    private static Verdict verdict(Intent intent, double confidence, String source, IntentClassifier.Prediction local) {
        List<IntentGuess> ranked = new ArrayList<>();
        ranked.add(new IntentGuess(intent, confidence, source));
        for (IntentGuess guess : local.ranked()) {
            if (guess.intent() != intent) {
                ranked.add(guess);
            }
        }
        return new Verdict(List.copyOf(ranked));
    }
}
