package io.maitre.staff;

/** The conversation is unknown or expired (idle longer than the store keeps conversations). */
public class ConversationGone extends RuntimeException {

    public ConversationGone(String key) {
        super("Conversation " + key + " has ended or expired.");
    }
}
