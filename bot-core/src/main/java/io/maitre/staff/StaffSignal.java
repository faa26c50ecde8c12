package io.maitre.staff;

/**
 * Something every instance must act on: a change the consoles show, or a message for a customer's channel (the
 * instance holding the customer's socket sends it).
 *
 * @param kind {@link #CONVERSATION}, {@link #HAND_OFF}, {@link #ORDERS}, {@link #MENU} or {@link #CUSTOMER}
 * @param conversationKey the conversation concerned, or {@code null}
 * @param outletId the outlet concerned, so that a console shows only its member's outlets; {@code null} for all
 * @param from for {@link #CUSTOMER}: {@code "staff"} or {@code "bot"}
 * @param text for {@link #CUSTOMER}: what to say; for {@link #HAND_OFF}: the reason
 * @param escalated for {@link #CUSTOMER}: whether staff own the conversation after it
 */
public record StaffSignal(String kind, String conversationKey, String outletId, String from, String text,
        boolean escalated) {

    public static final String CONVERSATION = "conversation";
    public static final String HAND_OFF = "handoff";
    public static final String ORDERS = "orders";
    public static final String MENU = "menu";
    public static final String CUSTOMER = "customer";

    public static StaffSignal conversation(String key, String outletId) {
        return new StaffSignal(CONVERSATION, key, outletId, null, null, false);
    }

    public static StaffSignal handOff(String key, String outletId, String reason) {
        return new StaffSignal(HAND_OFF, key, outletId, null, reason, true);
    }

    public static StaffSignal orders(String outletId) {
        return new StaffSignal(ORDERS, null, outletId, null, null, false);
    }

    public static StaffSignal menu(String outletId) {
        return new StaffSignal(MENU, null, outletId, null, null, false);
    }

    public static StaffSignal customer(String key, String outletId, String from, String text, boolean escalated) {
        return new StaffSignal(CUSTOMER, key, outletId, from, text, escalated);
    }
}
