package io.maitre.nlu;

import java.util.List;
import java.util.Optional;

/**
 * What one utterance means.
 *
 * @param text the utterance as received
 * @param intent the intent
 * @param confidence in [0, 1]; low values should make the bot ask rather than act
 * @param source which component decided the intent: {@code local}, {@code dialogflow}, {@code rules}
 * @param entities recognized spans, in text order
 * @param items the order items, composed from the entities. For {@code order.add}, the items asked for (an item
 *     id {@code null} when the bot asked about a pending item's size or options and only those were given). For
 *     {@code order.remove}, the items to take away. For {@code order.modify}, either one item, the line to change
 *     ({@code itemId} {@code null} for "it" or "that": the last or pending one) carrying its new quantity and
 *     options ("make it a large", "make that three", "make the coke three"), or two: what to change and what it
 *     becomes ("change the coke to a sprite"), where a {@code null} item id in the second means the same item
 *     with new options ("make the large pizza a medium"). For other intents, the items mentioned, if any
 *     ("do you have diet coke").
 */
public record Interpretation(String text, Intent intent, double confidence, String source, List<Entity> entities,
        List<ItemRequest> items) {

    public Interpretation {
        entities = entities == null ? List.of() : List.copyOf(entities);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** The {@link #source()} of a reading that failed: understanding threw, so nothing is known of the message. */
    public static final String FAILED = "failed";

    /**
     * The reading of a message that could not be read because understanding failed. It says so ({@link #failed()}),
     * so that the bot asks again instead of acting on a guess.
     */
    public static Interpretation notUnderstood(String text) {
        return new Interpretation(text == null ? "" : text, Intent.OUT_OF_SCOPE, 0.0, FAILED, List.of(), List.of());
    }

    /** Whether understanding failed on this message (see {@link #notUnderstood(String)}). */
    public boolean failed() {
        return FAILED.equals(source);
    }

    /** When the customer wants the order, typed, from the first {@code time} entity that reads as one. */
    public Optional<RequestedTime> time() {
        return entities.stream().filter(e -> e.type().equals("time")).map(Entity::value).map(RequestedTime::of)
                .flatMap(Optional::stream).findFirst();
    }

    /** The value of the first entity of that type. */
    public Optional<String> entity(String type) {
        return entities.stream().filter(e -> e.type().equals(type)).map(Entity::value).findFirst();
    }
}
