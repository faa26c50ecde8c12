package io.maitre.staff;

import java.time.Instant;
import java.util.List;

/** Who did what in the console, kept in the database: take-overs, replies, hand-backs, edits, cancels. */
public interface AuditLog {

    void record(Entry entry);

    /** The latest entries, newest first. */
    List<Entry> latest(int limit);

    /**
     * One staff action.
     *
     * @param target the conversation key, order id or item the action was about
     * @param detail what was written or changed (a reply's text, a cancel's reason)
     */
    record Entry(Instant at, String username, Action action, String target, String detail) {
    }

    /** The kinds of staff action. */
    enum Action {
        SIGNED_IN, TAKE_OVER, REPLY, HAND_BACK, CLOSE, NOTE, CART_EDIT, ORDER_PLACED, ORDER_CANCELLED,
        ORDER_RELEASED, ITEM_SOLD_OUT, ITEM_AVAILABLE, USER_CREATED, USER_UPDATED
    }
}
