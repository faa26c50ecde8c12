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

    static Interpretation read(String text, String expecting, String expectingItemId) {
        return INTERPRETER.interpret(text, context(expecting, expectingItemId));
    }

    static InterpretationContext context(String expecting, String expectingItemId) {
        return new InterpretationContext(MenuVocabularyMother.OUTLET, expecting, expectingItemId, ZONE,
            Locale.ENGLISH, CLOCK);
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
