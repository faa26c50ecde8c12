package io.maitre.nlu;

import java.util.ArrayList;
import java.util.Comparator;
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
 * @param items the order items, composed from the entities, each with the {@link Edit} it asks for. For
 *     {@code order.add}, the items asked for ({@code add}). For {@code order.remove}, the items to take away
 *     ({@code remove}). For {@code order.modify}, either one item, the line to change ({@code change};
 *     {@code itemId} {@code null} for "it" or "that": the last or pending one) carrying its new quantity and
 *     options ("make it a large", "make that three", "make the coke three"), or two: what to change
 *     ({@code replace}) and what it becomes ({@code replacement}: "change the coke to a sprite"), where a
 *     {@code null} item id in the second means the same item with new options ("make the large pizza a
 *     medium"). For other intents, the items mentioned, if any ("do you have diet coke"), as they would be added.
 * @param answers how the message reads as the answer to each kind of question the bot asks; the reading does not
 *     know which was asked, see {@link #asAnswerTo(Question)}
 * @param ranked the intents the message may have with their confidences, most likely first: the decided one, then
 *     the classifier's next best (empty or the decided one alone when nothing else was weighed)
 */
public record Interpretation(String text, Intent intent, double confidence, String source, List<Entity> entities,
        List<ItemRequest> items, Answers answers, List<IntentGuess> ranked) {

    public Interpretation {
        entities = entities == null ? List.of() : List.copyOf(entities);
        items = items == null ? List.of() : List.copyOf(items);
        answers = answers == null ? Answers.NONE : answers;
        ranked = ranked == null || ranked.isEmpty() ? List.of(new IntentGuess(intent, confidence, source))
            : List.copyOf(ranked);
    }

    /** A reading that answers no question, with one intent weighed. */
    public Interpretation(String text, Intent intent, double confidence, String source, List<Entity> entities,
            List<ItemRequest> items) {
        this(text, intent, confidence, source, entities, items, Answers.NONE, List.of());
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

    /**
     * The message as the answer to the question the bot asked: its {@link Answers answer} to that question when it
     * reads as one ("large" after "what size?", "7" after "when?", "yes" after "shall I place it?"), else this
     * reading. The answer's intent is the rules' ({@value CatalogInterpreter#SOURCE}): only they read answers.
     *
     * @param question the question asked, or {@code null} for none
     */
    public Interpretation asAnswerTo(Question question) {
        if (question == null) {
            return this;
        }
        return answers.to(question).map(a -> new Interpretation(text, a.intent(), a.confidence(),
                CatalogInterpreter.SOURCE, a.entities(), a.items())).orElse(this);
    }

    /**
     * This reading with entities a later pass found (a name finder, a time parser) added; in each answer they are
     * added where they overlap nothing the answer recognized.
     */
    public Interpretation withFound(List<Entity> found) {
        if (found.isEmpty()) {
            return this;
        }
        List<Entity> all = new ArrayList<>(entities);
        all.addAll(found);
        all.sort(Comparator.comparingInt(Entity::start).thenComparingInt(Entity::end));
        return new Interpretation(text, intent, confidence, source, all, items, answers.with(found), ranked);
    }

    /** The value of the first entity of that type. */
    public Optional<String> entity(String type) {
        return entities.stream().filter(e -> e.type().equals(type)).map(Entity::value).findFirst();
    }
}
