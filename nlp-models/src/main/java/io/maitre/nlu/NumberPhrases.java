package io.maitre.nlu;

/**
 * Reads quantities in words and digits: "2", "two", "twenty four", "a", "an", "another", "a dozen",
 * "two dozen", "half a dozen", "a couple of".
 */
final class NumberPhrases {

    /**
     * A quantity read at some word.
     *
     * @param value the quantity
     * @param length how many words it spans
     * @param article whether it was only "a" or "an", which counts as one but says little
     */
    record Match(int value, int length, boolean article) {
    }

    private NumberPhrases() {
    }

    /** The quantity starting at word {@code i}, or {@code null}. */
    static Match at(Tokens tokens, int i) {
        String w = tokens.norm(i);
        String next = i + 1 < tokens.size() ? tokens.norm(i + 1) : "";
        String third = i + 2 < tokens.size() ? tokens.norm(i + 2) : "";
        switch (w) {
            case "half":
                if (next.equals("a") && third.equals("dozen")) {
                    return new Match(6, 3, false);
                }
                return next.equals("dozen") ? new Match(6, 2, false) : null;
            case "a", "an":
                if (next.equals("dozen")) {
                    return new Match(12, 2, false);
                }
                if (next.equals("couple") || next.equals("pair")) {
                    return new Match(2, third.equals("of") ? 3 : 2, false);
                }
                return new Match(1, 1, true);
            case "couple":
                return new Match(2, next.equals("of") ? 2 : 1, false);
            case "dozen":
                return new Match(12, 1, false);
            case "another":
                return new Match(1, 1, false);
            default:
                break;
        }
        Integer value = digits(w);
        if (value == null) {
            return null;
        }
        if (next.equals("dozen") && value <= 100) {
            return new Match(value * 12, 2, false);
        }
        boolean tensWord = value >= 20 && value <= 90 && value % 10 == 0 && !isDigits(tokens.surface(i));
        if (tensWord && i + 1 < tokens.size() && !isDigits(tokens.surface(i + 1))) {
            Integer unit = digits(next);
            if (unit != null && unit >= 1 && unit <= 9) {
                return new Match(value + unit, 2, false);
            }
        }
        return new Match(value, 1, false);
    }

    /** The value of a word made only of ASCII digits, or {@code null}. */
    static Integer digits(String word) {
        if (!isDigits(word) || word.length() > 6) {
            return null;
        }
        return Integer.parseInt(word);
    }

    static boolean isDigits(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!TextNormalizer.isAsciiDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
