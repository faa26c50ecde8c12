package io.maitre.nlu;

import java.util.List;

/**
 * Resolves self-repairs, as people make them when they speak: "a medium, no, make that a large", "ham, sorry, I
 * mean bacon", "a coke, no wait, two sprites". The words a repair replaces, and the repair's own marker, are struck
 * out (marked used) before the menu words are read, so that only the correction is ordered.
 */
final class SelfRepairs {

    /** Longest first, so that "no make that" wins over "make that". */
    private static final List<List<String>> MARKERS = List.of(
        List.of("no", "sorry", "i", "mean"), List.of("sorry", "i", "meant"), List.of("sorry", "i", "mean"),
        List.of("no", "make", "that"), List.of("no", "make", "it"), List.of("no", "i", "mean"),
        List.of("or", "rather"), List.of("scratch", "that"), List.of("no", "wait"), List.of("no", "sorry"),
        List.of("sorry", "no"), List.of("i", "mean"), List.of("i", "meant"), List.of("make", "that"),
        List.of("sorry"), List.of("actually"));
    /** How far back a correction looks for what it replaces. */
    private static final int REACH = 6;

    private SelfRepairs() {
    }

    static void strike(Tokens tokens, String[] menuWords, boolean[] used, Lexicon lexicon) {
        for (int i = 1; i < tokens.size(); i++) {
            List<String> marker = markerAt(tokens, i, used);
            if (marker == null) {
                continue;
            }
            int after = i + marker.size();
            Replaced target = replaced(tokens, menuWords, used, lexicon, i, after);
            if (target == null) {
                continue;
            }
            for (int k = target.from(); k < after; k++) {
                used[k] = true;
            }
            i = after - 1;
        }
    }

    private record Replaced(int from) {
    }

    /**
     * The words the correction after the marker replaces: the nearest earlier menu phrase of the same kind (an
     * option of the same group, or an item), with its quantity when the correction says one, and whatever lies
     * between it and the marker.
     */
    private static Replaced replaced(Tokens tokens, String[] menuWords, boolean[] used, Lexicon lexicon, int marker,
            int after) {
        int j = after;
        boolean counted = false;
        while (j < tokens.size() && !used[j] && (isCount(tokens, j) || isFiller(tokens.norm(j)))) {
            counted |= isCount(tokens, j);
            j++;
        }
        PhraseTable.Entry<List<Lexicon.Sense>> correction = j < tokens.size() ? lexicon.longest(menuWords, j, used)
            : null;
        if (correction == null) {
            return null;
        }
        Lexicon.Sense kind = correction.value().get(0);
        for (int k = marker - 1; k >= 0 && k >= marker - REACH && !used[k]; k--) {
            PhraseTable.Entry<List<Lexicon.Sense>> earlier = lexicon.longest(menuWords, k, used);
            if (earlier != null && k + earlier.length() <= marker && sameKind(earlier.value().get(0), kind)) {
                int from = k;
                if (counted && from > 0 && isCount(tokens, from - 1) && !used[from - 1]) {
                    from--;
                }
                return new Replaced(from);
            }
        }
        return null;
    }

    private static boolean sameKind(Lexicon.Sense a, Lexicon.Sense b) {
        if (a.isItem() || b.isItem()) {
            return a.isItem() && b.isItem();
        }
        return a.group().equals(b.group());
    }

    private static boolean isCount(Tokens tokens, int i) {
        NumberPhrases.Match n = NumberPhrases.at(tokens, i);
        return n != null && n.length() == 1;
    }

    private static boolean isFiller(String w) {
        return w.equals("uh") || w.equals("um") || w.equals("like") || w.equals("with") || w.equals("the");
    }

    /** A marker after something was said: a message's first words ("sorry, can I...") repair nothing. */
    private static List<String> markerAt(Tokens tokens, int i, boolean[] used) {
        for (List<String> marker : MARKERS) {
            if (i + marker.size() > tokens.size()) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < marker.size() && match; k++) {
                match = !used[i + k] && tokens.norm(i + k).equals(marker.get(k));
            }
            if (match) {
                return marker;
            }
        }
        return null;
    }
}
