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
 * @param items the order items, composed from the entities
 */
public record Interpretation(String text, Intent intent, double confidence, String source, List<Entity> entities,
        List<ItemRequest> items) {

    public Interpretation {
        entities = entities == null ? List.of() : List.copyOf(entities);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** The value of the first entity of that type. */
    public Optional<String> entity(String type) {
        return entities.stream().filter(e -> e.type().equals(type)).map(Entity::value).findFirst();
    }
}
