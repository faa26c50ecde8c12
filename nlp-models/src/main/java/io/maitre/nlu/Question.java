package io.maitre.nlu;

/**
 * The kinds of question the bot asks, as far as reading an answer goes. A message is read without knowing which
 * was asked; its {@link Answers} say how it reads as the answer to each, and the dialogue, which knows its own
 * question, picks one ({@link Interpretation#asAnswerTo(Question)}).
 */
public enum Question {
    /** "Shall I place it?": yes or no. */
    CONFIRMATION,
    /** "Anything else?": yes, no, done, or more items. */
    MORE_ITEMS,
    /** "What would you like?": items. */
    ITEM,
    /** "What size?" or another option of an item being ordered: options alone are for that item. */
    CHOICE,
    /** "Pickup or delivery?" */
    FULFILLMENT,
    /** "When would you like it?": a bare "7" or "in 20" is a time. */
    TIME,
    /** "What's the address?": the words are the address even without "I live at". */
    ADDRESS,
    /** "What name is it under?": a name alone is the name. */
    NAME,
    /** "What number can we reach you on?" */
    PHONE
}
