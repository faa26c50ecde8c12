package io.maitre.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How one message reads as the answer to each kind of {@link Question}, found in the same reading as its intent
 * and items: "large" is a size for the item asked about, "7" a time when a time was asked, "John Smith" a name.
 * A question the message does not answer has no entry, and the message is then what it says on its own.
 */
public record Answers(Map<Question, Answer> byQuestion) {

    /** A message that answers no question (or was not read). */
    public static final Answers NONE = new Answers(Map.of());

    public Answers {
        byQuestion = byQuestion == null || byQuestion.isEmpty() ? Map.of() : Map.copyOf(byQuestion);
    }

    /**
     * The message read as the answer to one question.
     *
     * @param intent what the answer does ({@link Intent#AFFIRM} for a yes, {@link Intent#ORDER_ADD} for a choice,
     *     {@link Intent#FULFILLMENT_SET} for a name, time or address, ...)
     * @param confidence in [0, 1]
     * @param entities the entities of the message read as that answer
     * @param items the items, with the meaning {@link Interpretation#items()} gives them for that intent; a choice
     *     for the item asked about has a {@code null} item id
     */
    public record Answer(Intent intent, double confidence, List<Entity> entities, List<ItemRequest> items) {

        public Answer {
            entities = entities == null ? List.of() : List.copyOf(entities);
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** The answer to that question, if the message reads as one. */
    public Optional<Answer> to(Question question) {
        return Optional.ofNullable(byQuestion.get(question));
    }

    /**
     * These answers with entities found after the reading (names, unknown menu words) added to each, where they do
     * not overlap what the answer already recognized.
     */
    Answers with(List<Entity> found) {
        if (found.isEmpty() || byQuestion.isEmpty()) {
            return this;
        }
        Map<Question, Answer> out = new EnumMap<>(Question.class);
        Map<Answer, Answer> done = new IdentityHashMap<>();
        byQuestion.forEach((question, answer) -> out.put(question, done.computeIfAbsent(answer,
                a -> new Answer(a.intent(), a.confidence(), merged(a.entities(), found), a.items()))));
        return new Answers(out);
    }

    /** The entities with those found added where they overlap none, in text order. */
    private static List<Entity> merged(List<Entity> entities, List<Entity> found) {
        List<Entity> out = new ArrayList<>(entities);
        for (Entity e : found) {
            if (entities.stream().noneMatch(x -> x.start() < e.end() && e.start() < x.end())) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparingInt(Entity::start).thenComparingInt(Entity::end));
        return out;
    }
}
