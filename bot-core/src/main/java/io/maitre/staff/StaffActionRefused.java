package io.maitre.staff;

/**
 * A console action that the conversation's or order's current state does not allow (409 at the edge); the message
 * tells the member of staff why, in words they can act on.
 */
public class StaffActionRefused extends RuntimeException {

    private final String reason;

    public StaffActionRefused(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** A stable code for the console: {@code taken}, {@code closed}, {@code not_owner}, {@code not_owned}. */
    public String reason() {
        return reason;
    }

    static StaffActionRefused taken(String owner) {
        return new StaffActionRefused("taken", owner + " already took over this conversation.");
    }

    static StaffActionRefused closed(Board.Closure closure) {
        return new StaffActionRefused("closed", "This conversation was closed by " + closure.by()
                + "; the customer no longer sees replies to it.");
    }

    static StaffActionRefused notOwner(String owner) {
        return new StaffActionRefused("not_owner", owner + " owns this conversation; only they can do that.");
    }

    static StaffActionRefused notOwned() {
        return new StaffActionRefused("not_owned", "Take this conversation over first: the bot owns it.");
    }
}
