package io.maitre.conversation;

/** A conversation's earlier messages kept it busy for longer than a turn may wait. */
public class ConversationBusy extends RuntimeException {

    public ConversationBusy(String key) {
        super("Conversation " + key + " is busy");
    }
}
