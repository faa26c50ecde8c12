package io.maitre.conversation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.maitre.cart.Cart;
import io.maitre.cart.ItemSelection;
import io.maitre.channel.BotMessage;
import io.maitre.channel.ConversationRef;
import io.maitre.channel.Expecting;
import io.maitre.channel.TranscriptEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The state of one conversation between turns: the cart being built, what the bot asked last, the
 * fulfillment and customer details gathered so far, the placed order and the transcript. Stored as
 * JSON, so it holds only values.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public final class Conversation {

    private final ConversationRef ref;
    private final String outletId;
    private final String locale;
    private final Instant createdAt;
    private Cart cart = Cart.empty();
    private List<ItemSelection> pending = new ArrayList<>();
    private DialogueState state = new DialogueState.Idle();
    private int tries;
    private boolean doneAdding;
    private String fulfillmentMode;
    private String fulfillmentTime;
    private String address;
    private String customerName;
    private String customerPhone;
    private String orderId;
    private String lastLineId;
    private List<TranscriptEntry> transcript = new ArrayList<>();
    private Instant updatedAt;

    @JsonCreator
    Conversation(@JsonProperty("ref") ConversationRef ref, @JsonProperty("outletId") String outletId,
            @JsonProperty("locale") String locale, @JsonProperty("createdAt") Instant createdAt) {
        this.ref = Objects.requireNonNull(ref, "ref");
        this.outletId = Objects.requireNonNull(outletId, "outletId");
        this.locale = locale == null ? "en" : locale;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /**
     * A copy that shares nothing mutable with this one: every field holds a value, and only the two lists change in
     * place. The embedded store keeps such copies instead of JSON, which costs a turn far less than a round trip
     * through the codec; {@code ConversationCopyTest} fails when a field is added here and not copied.
     */
    Conversation copy() {
        Conversation copy = new Conversation(ref, outletId, locale, createdAt);
        copy.cart = cart;
        copy.pending = new ArrayList<>(pending);
        copy.state = state;
        copy.tries = tries;
        copy.doneAdding = doneAdding;
        copy.fulfillmentMode = fulfillmentMode;
        copy.fulfillmentTime = fulfillmentTime;
        copy.address = address;
        copy.customerName = customerName;
        copy.customerPhone = customerPhone;
        copy.orderId = orderId;
        copy.lastLineId = lastLineId;
        copy.transcript = new ArrayList<>(transcript);
        copy.updatedAt = updatedAt;
        return copy;
    }

    /** A new, empty conversation. */
    public static Conversation start(ConversationRef ref, String outletId, String locale, Instant now) {
        return new Conversation(ref, outletId, locale, now);
    }

    public String key() {
        return ref.key();
    }

    public ConversationRef ref() {
        return ref;
    }

    public String outletId() {
        return outletId;
    }

    public String locale() {
        return locale;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Cart cart() {
        return cart;
    }

    public void cart(Cart cart) {
        this.cart = Objects.requireNonNull(cart);
    }

    /** Items the customer asked for that still need a required choice, first one asked about first. */
    public List<ItemSelection> pending() {
        return List.copyOf(pending);
    }

    public void pending(List<ItemSelection> items) {
        this.pending = new ArrayList<>(items);
    }

    /** Where the conversation stands: what the bot waits for, or that staff own it. */
    public DialogueState state() {
        return state;
    }

    /**
     * Moves to the state the bot's reply leaves the conversation in. Asking the same question again counts as
     * another try at it; anything else starts the count again.
     *
     * @param next the new state
     * @param progressed whether the turn changed the order or its details, or answered a question of the customer's
     */
    public void moveTo(DialogueState next, boolean progressed) {
        Objects.requireNonNull(next, "next");
        tries = next.equals(state) && next.asks() && !progressed ? tries + 1 : 0;
        state = next;
    }

    /** What the order and its details are now, to tell whether a turn moved them on. */
    public Progress progress() {
        return new Progress(cart, List.copyOf(pending), doneAdding, fulfillmentMode, fulfillmentTime, address,
                customerName, customerPhone, orderId);
    }

    /** A snapshot of the order being built and its details; equal snapshots mean nothing moved on. */
    public record Progress(Cart cart, List<ItemSelection> pending, boolean doneAdding, String fulfillmentMode,
            String fulfillmentTime, String address, String customerName, String customerPhone, String orderId) {
    }

    /** How many times in a row the bot has asked its current question again without getting an answer. */
    public int tries() {
        return tries;
    }

    /** What the bot waits for, derived from the state. */
    public Expecting expecting() {
        return state.expecting();
    }

    /** The item the bot's question is about, derived from the state. */
    public String expectingItemId() {
        return state.itemId();
    }

    public boolean doneAdding() {
        return doneAdding;
    }

    public void markDoneAdding() {
        this.doneAdding = true;
    }

    /** Reopens the order for more items, e.g. after one turned out to be sold out. */
    public void resumeAdding() {
        this.doneAdding = false;
    }

    public String fulfillmentMode() {
        return fulfillmentMode;
    }

    public void fulfillmentMode(String mode) {
        this.fulfillmentMode = mode;
    }

    /** ISO local time or date-time, or {@code asap}; {@code null} while not yet asked. */
    public String fulfillmentTime() {
        return fulfillmentTime;
    }

    public void fulfillmentTime(String time) {
        this.fulfillmentTime = time;
    }

    public String address() {
        return address;
    }

    public void address(String address) {
        this.address = address;
    }

    public String customerName() {
        return customerName;
    }

    public void customerName(String name) {
        this.customerName = name;
    }

    public String customerPhone() {
        return customerPhone;
    }

    public void customerPhone(String phone) {
        this.customerPhone = phone;
    }

    public String orderId() {
        return orderId;
    }

    /** Records the order placed from this conversation and clears the order being built. */
    public void orderPlaced(String orderId) {
        this.orderId = orderId;
        this.cart = Cart.empty();
        this.pending = new ArrayList<>();
        this.doneAdding = false;
    }

    /** Forgets the order being built and the details gathered for it (start over). */
    public void startOver() {
        this.cart = Cart.empty();
        this.pending = new ArrayList<>();
        this.doneAdding = false;
        this.fulfillmentMode = null;
        this.fulfillmentTime = null;
        this.address = null;
        this.lastLineId = null;
    }

    /** Whether staff own the conversation: the bot says nothing until they hand it back. */
    public boolean escalated() {
        return state instanceof DialogueState.OwnedByStaff;
    }

    /** Hands the conversation to staff, remembering where the bot was so that it can resume there. */
    public void escalate(String reason, Instant at) {
        if (!escalated()) {
            state = new DialogueState.OwnedByStaff(reason, at, null, state);
            tries = 0;
        }
    }

    /** Staff hand the conversation back: the bot resumes where it was, cart intact. */
    public void handBack() {
        if (state instanceof DialogueState.OwnedByStaff owned) {
            state = owned.resume();
            tries = 0;
        }
    }

    public String lastLineId() {
        return lastLineId;
    }

    public void lastLineId(String lineId) {
        this.lastLineId = lineId;
    }

    public List<TranscriptEntry> transcript() {
        return List.copyOf(transcript);
    }

    /** Appends what the customer said. */
    public void heard(String text, Instant at, int limit) {
        append(new TranscriptEntry("customer", text, at, null, null, List.of()), limit);
        this.updatedAt = at;
    }

    /** Appends what the bot said. */
    public void said(List<BotMessage> messages, Instant at, int limit) {
        for (BotMessage m : messages) {
            append(new TranscriptEntry("bot", m.text(), at, m.expecting(), m.itemId(), m.options()), limit);
        }
        this.updatedAt = at;
    }

    /** Appends what a member of staff wrote to the customer. */
    public void staffSaid(String text, Instant at, int limit) {
        append(new TranscriptEntry("staff", text, at, null, null, List.of()), limit);
        this.updatedAt = at;
    }

    private void append(TranscriptEntry entry, int limit) {
        transcript.add(entry);
        if (transcript.size() > limit) {
            transcript.subList(0, transcript.size() - limit).clear();
        }
    }
}
