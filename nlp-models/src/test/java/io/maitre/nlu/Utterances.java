package io.maitre.nlu;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/** Reads test utterances with the demo menu, on Sunday 1 June 2025 at 16:00 in Paris. */
final class Utterances {

    static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T14:00:00Z"), ZONE);

    private static final CatalogInterpreter INTERPRETER = new CatalogInterpreter(MenuVocabularyMother.source());

    private Utterances() {
    }

    static Interpretation read(String text) {
        return read(text, null, null);
    }

    static Interpretation read(String text, String expecting) {
        return read(text, expecting, null);
    }

    /**
     * Reads the text as the answer to what the bot asked.
     *
     * @param expecting the bot's question as the web chat API names it ({@code size}, {@code time}, ...), or
     *     {@code null}
     * @param expectingItemId the item a size or option question was about, or {@code null}
     */
    static Interpretation read(String text, String expecting, String expectingItemId) {
        return INTERPRETER.interpret(text, context()).asAnswerTo(question(expecting, expectingItemId));
    }

    static InterpretationContext context() {
        return new InterpretationContext(MenuVocabularyMother.OUTLET, ZONE, Locale.ENGLISH, CLOCK);
    }

    static Question question(String expecting, String expectingItemId) {
        if (expecting == null) {
            return null;
        }
        if (expecting.equals("size") || expecting.equals("option")) {
            return expectingItemId == null ? Question.ITEM : Question.CHOICE;
        }
        return Question.valueOf(expecting.toUpperCase(Locale.ROOT));
    }

    /** The items in a compact form: "pizza x2 size/large topping/ham:none | coke x3". */
    static String items(Interpretation interpretation) {
        StringBuilder out = new StringBuilder();
        for (ItemRequest item : interpretation.items()) {
            if (!out.isEmpty()) {
                out.append(" | ");
            }
            out.append(item.itemId());
            if (item.quantity() != null) {
                out.append(" x").append(item.quantity());
            }
            for (OptionRequest o : item.options()) {
                out.append(' ').append(o.group()).append('/').append(o.id());
                if (o.qualifier() != null) {
                    out.append(':').append(o.qualifier().id());
                }
            }
            if (item.note() != null) {
                out.append(" note=").append(item.note());
            }
        }
        return out.toString();
    }

    static String items(String text) {
        return items(read(text));
    }
}
