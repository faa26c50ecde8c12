package io.maitre.nlu;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The rule-based interpreter: reads an utterance against the outlet's menu words ({@link MenuVocabulary}) and
 * returns its intent, entities and order items. Pure Java, no model files; safe to share between threads.
 *
 * <p>Each outlet's vocabulary is compiled once into a lexicon and kept until the {@link VocabularySource} gives a
 * different vocabulary for that outlet. Only the first 2,000 characters and 160 words of an utterance are read,
 * so any input is interpreted in bounded time; the result is always a well-formed {@link Interpretation} with
 * {@code source} {@value #SOURCE}.
 */
public final class CatalogInterpreter implements Interpreter {

    /** The {@link Interpretation#source()} of every interpretation made here. */
    public static final String SOURCE = "rules";

    private final VocabularySource vocabularies;
    private final ConcurrentMap<String, Compiled> lexicons = new ConcurrentHashMap<>();

    private record Compiled(MenuVocabulary vocabulary, Lexicon lexicon) {
    }

    public CatalogInterpreter(VocabularySource vocabularies) {
        this.vocabularies = Objects.requireNonNull(vocabularies, "vocabularies");
    }

    /** The rules' reading of the utterance, with how it answers each kind of question. */
    @Override
    public Interpretation interpret(String text, InterpretationContext context) {
        String safeText = text == null ? "" : text;
        try {
            UtteranceReading reading = read(safeText, context);
            Interpretation rules = reading.rules();
            return new Interpretation(safeText, rules.intent(), rules.confidence(), SOURCE, rules.entities(),
                rules.items(), reading.answers(), List.of());
        } catch (RuntimeException e) {
            // The contract is to never throw for any text; a failure here (including one of the vocabulary
            // source) must not end the conversation, so it reads as an utterance not understood.
            return new Interpretation(safeText, Intent.OUT_OF_SCOPE, 0.0, SOURCE, List.of(), List.of());
        }
    }

    /** Reads the utterance once; the pipeline then decides its intent and takes the items that intent needs. */
    UtteranceReading read(String text, InterpretationContext context) {
        return UtteranceReading.read(text, context, lexicon(context));
    }

    private Lexicon lexicon(InterpretationContext context) {
        if (context == null || context.outletId() == null) {
            return Lexicon.EMPTY;
        }
        Optional<MenuVocabulary> found = vocabularies.vocabulary(context.outletId());
        if (found == null || found.isEmpty()) {
            return Lexicon.EMPTY;
        }
        MenuVocabulary vocabulary = found.get();
        Compiled cached = lexicons.get(context.outletId());
        if (cached != null && (cached.vocabulary() == vocabulary || cached.vocabulary().equals(vocabulary))) {
            return cached.lexicon();
        }
        Compiled compiled = new Compiled(vocabulary, Lexicon.compile(vocabulary));
        lexicons.put(context.outletId(), compiled);
        return compiled.lexicon();
    }
}
