package io.maitre.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads words into {@link Unit}s, taking the longest menu, grammar or number phrase at each word; ties go to the
 * menu, then the grammar. Words already recognized as times, phones and the like become one special unit.
 */
final class UnitReader {

    private static final Set<String> PRONOUNS = Set.of("i", "you", "we", "u", "me", "he", "she", "they", "ya");

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
