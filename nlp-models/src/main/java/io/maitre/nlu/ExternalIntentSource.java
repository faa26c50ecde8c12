package io.maitre.nlu;

import java.util.Optional;

/**
 * An intent source the {@link UnderstandingPipeline} asks before its own classifier, such as Dialogflow. It
 * decides the intent only; entities and items always come from the catalog reading. Implementations bound their
 * own time (a remote call under a time limit and a circuit breaker) and answer empty when they have no answer;
 * the pipeline also reads a failure as no answer.
 */
@FunctionalInterface
public interface ExternalIntentSource {

    /** No external source: the local classifier and rules decide. */
    ExternalIntentSource NONE = (text, context) -> Optional.empty();

    /**
     * The source's intent for the utterance, or empty when it has none.
     *
     * @param text the utterance as received
     * @param context what the bot knows, possibly {@code null}
     */
    Optional<IntentGuess> detect(String text, InterpretationContext context);
}
