package io.maitre.nlu;

/** Turns an utterance into an {@link Interpretation}. Never throws for any input text. */
public interface Interpreter {

    Interpretation interpret(String text, InterpretationContext context);

    /**
     * Reads the utterance as {@link #interpret(String, InterpretationContext)} does and takes it as the answer to
     * the question the bot asked when it reads as one ({@link Interpretation#asAnswerTo(Question)}). An interpreter
     * may then spare what only the intent of words on their own needs: an answer's intent is the rules'.
     *
     * @param question the question asked, or {@code null} for none
     */
    default Interpretation interpret(String text, InterpretationContext context, Question question) {
        return interpret(text, context).asAnswerTo(question);
    }
}
