package io.maitre.conversation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.maitre.channel.Expecting;
import io.maitre.nlu.Question;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a conversation stands between turns: what the bot waits for, or that staff own it. The dialogue
 * interprets each reading in the light of this state and moves to the next one; what the channels show as
 * {@code expecting} is derived from it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = DialogueState.Idle.class, name = "idle"),
    @JsonSubTypes.Type(value = DialogueState.TakingItems.class, name = "taking_items"),
    @JsonSubTypes.Type(value = DialogueState.AwaitingChoice.class, name = "awaiting_choice"),
    @JsonSubTypes.Type(value = DialogueState.AwaitingMoreItems.class, name = "awaiting_more_items"),
    @JsonSubTypes.Type(value = DialogueState.AwaitingFulfillment.class, name = "awaiting_fulfillment"),
    @JsonSubTypes.Type(value = DialogueState.AwaitingTime.class, name = "awaiting_time"),
    @JsonSubTypes.Type(value = DialogueState.AwaitingAddress.class, name = "awaiting_address"),
    @JsonSubTypes.Type(value = DialogueState.AwaitingName.class, name = "awaiting_name"),
    @JsonSubTypes.Type(value = DialogueState.AwaitingPhone.class, name = "awaiting_phone"),
    @JsonSubTypes.Type(value = DialogueState.AwaitingConfirmation.class, name = "awaiting_confirmation"),
    @JsonSubTypes.Type(value = DialogueState.AwaitingCode.class, name = "awaiting_code"),
    @JsonSubTypes.Type(value = DialogueState.OwnedByStaff.class, name = "owned_by_staff")})
public sealed interface DialogueState {

    /** What the channels show the bot waits for; {@code null} when it waits for nothing in particular. */
    Expecting expecting();

    /**
     * The question a message is read as answering in this state ({@link io.maitre.nlu.Interpretation#asAnswerTo}),
     * derived from what the channels show the bot waits for (a size or another option is a choice for the item
     * asked about); {@code null} when it waits for nothing.
     */
    default Question question() {
        Expecting expecting = expecting();
        if (expecting == null) {
            return null;
        }
        return switch (expecting) {
            case ITEM -> Question.ITEM;
            case SIZE, OPTION -> Question.CHOICE;
            case MORE_ITEMS -> Question.MORE_ITEMS;
            case FULFILLMENT -> Question.FULFILLMENT;
            case TIME -> Question.TIME;
            case ADDRESS -> Question.ADDRESS;
            case NAME -> Question.NAME;
            case PHONE -> Question.PHONE;
            case CONFIRMATION -> Question.CONFIRMATION;
        };
    }

    /** The item a question is about, or {@code null}. */
    default String itemId() {
        return null;
    }

    /** Whether the bot asked a question that this state waits for an answer to. */
    default boolean asks() {
        return expecting() != null;
    }

    /** The bot said something and asked nothing (after a placed order, a goodbye). */
    record Idle() implements DialogueState {
        @Override
        public Expecting expecting() {
            return null;
        }
    }

    /** The bot asked what the customer would like. */
    record TakingItems() implements DialogueState {
        @Override
        public Expecting expecting() {
            return Expecting.ITEM;
        }
    }

    /** The bot asked for a required choice of one line being ordered ("what size?"). */
    record AwaitingChoice(String itemId, String group) implements DialogueState {
        public AwaitingChoice {
            Objects.requireNonNull(itemId, "itemId");
            Objects.requireNonNull(group, "group");
        }

        @Override
        public Expecting expecting() {
            return "size".equals(group) ? Expecting.SIZE : Expecting.OPTION;
        }
    }

    /** The bot asked whether there is anything else. */
    record AwaitingMoreItems() implements DialogueState {
        @Override
        public Expecting expecting() {
            return Expecting.MORE_ITEMS;
        }
    }

    /** The bot asked pickup or delivery. */
    record AwaitingFulfillment() implements DialogueState {
        @Override
        public Expecting expecting() {
            return Expecting.FULFILLMENT;
        }
    }

    /** The bot asked when. */
    record AwaitingTime() implements DialogueState {
        @Override
        public Expecting expecting() {
            return Expecting.TIME;
        }
    }

    /** The bot asked for the delivery address. */
    record AwaitingAddress() implements DialogueState {
        @Override
        public Expecting expecting() {
            return Expecting.ADDRESS;
        }
    }

    /** The bot asked for the name on the order. */
    record AwaitingName() implements DialogueState {
        @Override
        public Expecting expecting() {
            return Expecting.NAME;
        }
    }

    /** The bot asked for a phone number. */
    record AwaitingPhone() implements DialogueState {
        @Override
        public Expecting expecting() {
            return Expecting.PHONE;
        }
    }

    /** The bot read the order back and asked whether to place it. */
    record AwaitingConfirmation() implements DialogueState {
        @Override
        public Expecting expecting() {
            return Expecting.CONFIRMATION;
        }
    }

    /**
     * The bot texted a code to a number a web chat customer typed, and waits for them to type it back to confirm
     * the number is theirs. The channels' {@code expecting} has no word for it, so it shows none.
     *
     * @param number the number the code went to, in E.164
     */
    record AwaitingCode(String number) implements DialogueState {
        public AwaitingCode {
            Objects.requireNonNull(number, "number");
        }

        @Override
        public Expecting expecting() {
            return null;
        }

        @Override
        public boolean asks() {
            return true;
        }
    }

    /**
     * The bot handed the conversation to staff: it says nothing on any channel until staff hand it back.
     *
     * @param reason why, for the staff who pick it up
     * @param since when it was handed off
     * @param staffMember who owns it, or {@code null} while no one has taken it over
     * @param resume the state the bot resumes in when staff hand it back
     */
    record OwnedByStaff(String reason, Instant since, String staffMember, DialogueState resume)
            implements DialogueState {
        public OwnedByStaff {
            Objects.requireNonNull(reason, "reason");
            resume = resume == null || resume instanceof OwnedByStaff ? new TakingItems() : resume;
        }

        @Override
        public Expecting expecting() {
            return null;
        }
    }
}
