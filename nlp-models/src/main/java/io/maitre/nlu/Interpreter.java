package io.maitre.nlu;

/** Turns an utterance into an {@link Interpretation}. Never throws for any input text. */
public interface Interpreter {

    Interpretation interpret(String text, InterpretationContext context);
}
