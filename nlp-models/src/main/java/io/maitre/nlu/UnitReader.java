package io.maitre.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads words into {@link Unit}s, taking the longest menu, grammar or number phrase at each word; ties go to the
 * menu, then the grammar. Words already recognized as times, phones and the like become one special unit.
 */
final class UnitReader {

    private static final Set<String> PRONOUNS = Set.of("i", "you", "we", "u", "me", "he", "she", "they", "ya");
    /**
     * What a speech recognizer writes for "two" and "four" before a plural order ("to large pizzas", "for cans of
     * coke"): the number, when no other number says how many.
     */
    private static final Map<String, Integer> SPOKEN_NUMBERS = Map.of("to", 2, "too", 2, "for", 4, "fore", 4);
    private static final int PLURAL_WITHIN = 3;

    private UnitReader() {
    }

    static List<Unit> read(Tokens tokens, String[] menuWords, boolean[] used, Lexicon lexicon) {
        String[] norms = FulfillmentPhrases.norms(tokens);
        List<Unit> units = new ArrayList<>();
        int i = 0;
        while (i < norms.length) {
            if (used[i]) {
                int j = i;
                while (j < norms.length && used[j]) {
                    j++;
                }
                units.add(new Unit(Unit.Kind.SPECIAL, i, j, List.of(), null, null));
                i = j;
                continue;
            }
            Integer spoken = SPOKEN_NUMBERS.get(norms[i]);
            if (spoken != null && !afterNumberOrArticle(units) && pluralOrderFollows(menuWords, i + 1, used, lexicon)) {
                units.add(new Unit(Unit.Kind.NUMBER, i, i + 1, List.of(), new NumberPhrases.Match(spoken, 1, false),
                    null));
                i++;
                continue;
            }
            PhraseTable.Entry<List<Lexicon.Sense>> menu = lexicon.longest(menuWords, i, used);
            PhraseTable.Entry<Grammar.Word> grammar = Grammar.TABLE.longest(norms, i, used);
            NumberPhrases.Match number = NumberPhrases.at(tokens, i);
            if (number != null && !free(used, i, number.length())) {
                number = null;
            }
            int menuLength = menu == null ? 0 : menu.length();
            int grammarLength = grammar == null ? 0 : grammar.length();
            int numberLength = number == null ? 0 : number.length();
            if (menuLength > 0 && grammarLength == menuLength && isModal(grammar, norms, i)) {
                menuLength = 0;
            }
            if (menuLength > 0 && grammarLength == menuLength && qualifiesNext(grammar, menu, i, menuWords, used, lexicon)) {
                menuLength = 0;
            }
            if (menuLength > 0 && menuLength >= grammarLength && menuLength >= numberLength) {
                units.add(new Unit(Unit.Kind.MENU, i, i + menuLength, menu.value(), null, null));
                i += menuLength;
            } else if (grammarLength > 0 && grammarLength >= numberLength) {
                units.add(new Unit(Unit.Kind.GRAMMAR, i, i + grammarLength, List.of(), null, grammar.value()));
                i += grammarLength;
            } else if (numberLength > 0) {
                units.add(new Unit(Unit.Kind.NUMBER, i, i + numberLength, List.of(), number, null));
                i += numberLength;
            } else {
                units.add(new Unit(Unit.Kind.OTHER, i, i + 1, List.of(), null, null));
                i++;
            }
        }
        return units;
    }

    private static boolean afterNumberOrArticle(List<Unit> units) {
        if (units.isEmpty()) {
            return false;
        }
        Unit last = units.get(units.size() - 1);
        return last.kind() == Unit.Kind.NUMBER || last.kind() == Unit.Kind.MENU;
    }

    /** Menu words right after {@code from}, one of them a plural ("large pizzas", "cans"), the first a menu word. */
    private static boolean pluralOrderFollows(String[] menuWords, int from, boolean[] used, Lexicon lexicon) {
        int i = from;
        for (int seen = 0; seen < PLURAL_WITHIN && i < menuWords.length; seen++) {
            PhraseTable.Entry<List<Lexicon.Sense>> menu = lexicon.longest(menuWords, i, used);
            if (menu == null) {
                return false;
            }
            String last = menuWords[i + menu.length() - 1];
            if (last.length() > 3 && last.endsWith("s") && lexicon.knows(last.substring(0, last.length() - 1))) {
                return true;
            }
            i += menu.length();
            if (i < menuWords.length && "of".equals(menuWords[i])) {
                i++;
            }
        }
        return false;
    }

    /**
     * "light whipped cream" on a menu with a light roast: an amount word that is also an option is the amount when
     * an option of another group follows it.
     */
    private static boolean qualifiesNext(PhraseTable.Entry<Grammar.Word> grammar,
            PhraseTable.Entry<List<Lexicon.Sense>> menu, int at, String[] menuWords, boolean[] used, Lexicon lexicon) {
        if (grammar.value().kind() != Grammar.Kind.AMOUNT) {
            return false;
        }
        int next = at + menu.length();
        PhraseTable.Entry<List<Lexicon.Sense>> following = next < menuWords.length
            ? lexicon.longest(menuWords, next, used) : null;
        if (following == null) {
            return false;
        }
        for (Lexicon.Sense f : following.value()) {
            if (f.isItem()) {
                return false;
            }
            for (Lexicon.Sense s : menu.value()) {
                if (s.isItem() || s.group().equals(f.group())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** "can i", "can you", "i can get": the verb, not the container. */
    private static boolean isModal(PhraseTable.Entry<Grammar.Word> grammar, String[] norms, int i) {
        if (grammar.value().kind() != Grammar.Kind.VERB || grammar.length() != 1 || i + 1 >= norms.length) {
            return false;
        }
        if (PRONOUNS.contains(norms[i + 1])) {
            return true;
        }
        PhraseTable.Entry<Grammar.Word> next = Grammar.TABLE.longest(norms, i + 1, null);
        return next != null && next.value().kind() == Grammar.Kind.VERB;
    }

    private static boolean free(boolean[] used, int from, int length) {
        for (int k = from; k < from + length && k < used.length; k++) {
            if (used[k]) {
                return false;
            }
        }
        return true;
    }
}
