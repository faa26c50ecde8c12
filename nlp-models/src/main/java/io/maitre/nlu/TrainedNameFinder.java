package io.maitre.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The OpenNLP name finder trained on annotated order sentences ({@code corpus/names.txt}), for what the catalog
 * alone misses: a customer's name stated in passing ("it's for Maria") and menu-like words the outlet's menu does
 * not have ("a large pizza with prosciutto"), added as {@code name}, {@code unknown_item} and
 * {@code unknown_topping} entities so the bot can say it has no such thing.
 *
 * <p>It only runs when some word of the utterance is neither recognized by the catalog nor ordinary language
 * (the words of the rules and those common in the intent corpus), so most utterances never reach the model.
 * Safe to share between threads.
 */
final class TrainedNameFinder implements InterpretationEnricher {

    static final String CORPUS = "corpus/names.txt";

    /** Longer words are noise, not names or dishes. */
    private static final int LONGEST_WORD = 30;
    /** Words an order puts before a dish. */
    private static final Set<String> DISH_LEADS = Set.of("a", "an", "some", "another", "one", "two", "three", "four",
        "five", "six");
    /** Words after which a dish's name is over. */
    private static final Set<String> DISH_ENDS = Set.of("and", "with", "please", "plus", "too", "also", "thanks",
        "to", "for");

    private final ThreadLocal<NameFinderME> finders;
    private final Set<String> ordinary;

    TrainedNameFinder(TokenNameFinderModel model, Set<String> commonWords) {
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
        Set<String> words = new HashSet<>(commonWords);
        words.addAll(CommonWords.WORDS);
        words.addAll(Grammar.words());
        words.addAll(Cues.words());
        this.ordinary = Set.copyOf(words);
    }

    /**
     * Dishes an order names plainly that the model missed: after "a", "an", "some", "another" or a number, one to
     * four words that are all unknown (neither recognized nor ordinary language), up to the end of the phrase ("a
     * blueberry muffin and a latte"). For an order only; the pipeline runs it once the intent is decided, so it
     * changes nothing the classifier reads.
     */
    List<Entity> dishesNotOnTheMenu(Interpretation order) {
        if (order.intent() != Intent.ORDER_ADD) {
            return List.of();
        }
        String text = order.text();
        Tokens tokens = TextNormalizer.tokenize(text);
        boolean[] covered = covered(tokens, order.entities());
        List<Entity> found = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!DISH_LEADS.contains(tokens.norm(i)) && !NumberPhrases.isDigits(tokens.norm(i))) {
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && end - i <= 4 && !covered[end] && isUnknown(tokens.norm(end))
                    && (end == i + 1 || !tokens.boundaryAfter(end - 1))) {
                end++;
            }
            boolean phraseEnds = end == tokens.size() || tokens.boundaryAfter(end - 1)
                || DISH_ENDS.contains(tokens.norm(end));
            if (end > i + 1 && end - i <= 4 && phraseEnds) {
                StringBuilder value = new StringBuilder();
                for (int k = i + 1; k < end; k++) {
                    value.append(value.isEmpty() ? "" : " ").append(tokens.norm(k));
                }
                int start = tokens.get(i + 1).start();
                int stop = tokens.get(end - 1).end();
                found.add(new Entity("unknown_item", value.toString(), text.substring(start, stop), start, stop));
                i = end - 1;
            }
        }
        return found;
    }

    /** The words of a text as the name finder reads them: the normalizer's words, in their original case. */
    static List<String> words(String text) {
        Tokens tokens = TextNormalizer.tokenize(text);
        List<String> words = new ArrayList<>(tokens.size());
        for (Token t : tokens.list()) {
            words.add(text.substring(t.start(), t.end()));
        }
        return words;
    }

    @Override
    public Interpretation enrich(Interpretation interpretation, InterpretationContext context) {
        return interpretation.withFound(find(interpretation));
    }

    /** The names and unknown menu words in the words the reading left unrecognized, in text order. */
    List<Entity> find(Interpretation interpretation) {
        String text = interpretation.text();
        Tokens tokens = TextNormalizer.tokenize(text);
        boolean[] covered = covered(tokens, interpretation.entities());
        boolean[] unknown = new boolean[tokens.size()];
        boolean any = false;
        for (int i = 0; i < tokens.size(); i++) {
            unknown[i] = !covered[i] && isUnknown(tokens.norm(i));
            any |= unknown[i];
        }
        if (!any) {
            return List.of();
        }
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = text.substring(tokens.get(i).start(), tokens.get(i).end());
        }
        NameFinderME finder = finders.get();
        Span[] spans;
        try {
            spans = finder.find(words);
        } finally {
            finder.clearAdaptiveData();
        }
        List<Entity> added = new ArrayList<>();
        boolean hasName = interpretation.entity("name").isPresent();
        for (Span span : spans) {
            Entity entity = entity(span, text, tokens, covered, unknown, hasName);
            if (entity != null) {
                added.add(entity);
                hasName |= entity.type().equals("name");
            }
        }
        return added;
    }

    /**
     * The entity for a span the model found, or {@code null} when the catalog already read any of its words,
     * when it has no unknown word, or, for a name, when any word is ordinary or a name is already known.
     */
    private static Entity entity(Span span, String text, Tokens tokens, boolean[] covered, boolean[] unknown,
            boolean hasName) {
        boolean anyUnknown = false;
        boolean allUnknown = true;
        for (int i = span.getStart(); i < span.getEnd(); i++) {
            if (covered[i]) {
                return null;
            }
            anyUnknown |= unknown[i];
            allUnknown &= unknown[i];
        }
        int start = tokens.get(span.getStart()).start();
        int end = tokens.get(span.getEnd() - 1).end();
        String words = text.substring(start, end);
        return switch (span.getType()) {
            case "name" -> hasName || !allUnknown ? null : new Entity("name", words, words, start, end);
            case "item", "topping" -> anyUnknown
                ? new Entity("unknown_" + span.getType(), norms(tokens, span), words, start, end) : null;
            default -> null;
        };
    }

    private static String norms(Tokens tokens, Span span) {
        StringBuilder value = new StringBuilder();
        for (int i = span.getStart(); i < span.getEnd(); i++) {
            if (!value.isEmpty()) {
                value.append(' ');
            }
            value.append(tokens.surface(i));
        }
        return value.toString();
    }

    private boolean isUnknown(String norm) {
        if (norm.length() < 2 || norm.length() > LONGEST_WORD || ordinary.contains(norm)) {
            return false;
        }
        for (int i = 0; i < norm.length(); i++) {
            if (!Character.isLetter(norm.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean[] covered(Tokens tokens, List<Entity> entities) {
        boolean[] covered = new boolean[tokens.size()];
        for (Entity e : entities) {
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.start() < e.end() && e.start() < t.end()) {
                    covered[i] = true;
                }
            }
        }
        return covered;
    }
}
