package io.maitre.nlu;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns raw text into {@link Tokens}: lower case, NFKC, Latin accents dropped, punctuation removed except what
 * carries meaning (digits around ":" and "." in "6:30" and "7.5", sentence ends), hyphens and letter-digit joins
 * split ("7-up", "2-liter", "6pm"), apostrophes dropped ("i'd" → "id"), texting shorthand expanded ("pls",
 * "w/o"). Only the first {@link #MAX_CHARS} characters and {@link #MAX_TOKENS} words are read, which bounds the
 * work for any input.
 */
final class TextNormalizer {

    static final int MAX_CHARS = 2000;
    static final int MAX_TOKENS = 160;

    private static final Map<String, String[]> EXPANSIONS = new HashMap<>();
    private static final Map<String, String> CANONICAL = new HashMap<>();
    private static final Map<String, Integer> NUMBER_WORDS = new HashMap<>();

    static {
        expand("lemme", "let me");
        expand("gimme", "give me");
        expand("wanna", "want to");
        expand("gonna", "going to");
        expand("gotta", "got to");
        expand("pls", "please");
        expand("plz", "please");
        expand("pleez", "please");
        expand("thx", "thanks");
        expand("thanx", "thanks");
        expand("thnx", "thanks");
        expand("tnx", "thanks");
        expand("ty", "thank you");
        expand("u", "you");
        expand("ur", "your");
        expand("r", "are");
        expand("w", "with");
        expand("xtra", "extra");
        expand("kk", "ok");
        expand("okay", "ok");
        expand("okey", "ok");
        expand("yea", "yeah");
        expand("yeh", "yeah");
        expand("yah", "yeah");
        expand("2nite", "tonight");
        expand("2night", "tonight");
        expand("tonite", "tonight");
        expand("tmrw", "tomorrow");
        expand("tmr", "tomorrow");
        expand("tmrow", "tomorrow");
        expand("2morrow", "tomorrow");
        expand("b4", "before");
        expand("2day", "today");
        expand("2moro", "tomorrow");
        expand("2mrw", "tomorrow");
        expand("l8", "late");
        expand("l8r", "later");
        expand("gr8", "great");
        expand("m8", "mate");
        expand("doz", "dozen");
        expand("cuz", "because");
        expand("bc", "because");
        expand("whats", "what is");
        expand("wheres", "where is");
        expand("hows", "how is");
        expand("thats", "that is");
        expand("theres", "there is");
        expand("heres", "here is");
        expand("its", "it is");
        expand("lets", "let us");
        expand("floz", "fl oz");

        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < units.length; i++) {
            NUMBER_WORDS.put(units[i], i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            NUMBER_WORDS.put(tens[i], 20 + 10 * i);
        }
        NUMBER_WORDS.put("fourty", 40);
        NUMBER_WORDS.forEach((word, value) -> CANONICAL.put(word, Integer.toString(value)));

        canonical("oz", "oz", "ounce", "ounces", "onz");
        canonical("fl", "fl", "fluid");
        canonical("liter", "liter", "liters", "litre", "litres", "ltr", "ltrs", "l");
        canonical("ml", "ml", "mls", "milliliter", "milliliters", "millilitre", "millilitres");
        canonical("min", "min", "mins", "minute", "minutes", "mns");
        canonical("hour", "hour", "hours", "hr", "hrs");
        canonical("piece", "piece", "pieces", "pc", "pcs");
    }

    private TextNormalizer() {
    }

    private static void expand(String word, String replacement) {
        EXPANSIONS.put(word, replacement.split(" "));
    }

    private static void canonical(String form, String... words) {
        for (String word : words) {
            CANONICAL.put(word, form);
        }
    }

    /** The normalized forms of the words of a short text, e.g. a menu name; no offsets needed. */
    static List<String> norms(String text) {
        Tokens tokens = tokenize(text);
        List<String> norms = new ArrayList<>(tokens.size());
        for (Token token : tokens.list()) {
            norms.add(token.norm());
        }
        return norms;
    }

    static Tokens tokenize(String text) {
        if (text == null || text.isEmpty()) {
            return Tokens.EMPTY;
        }
        int limit = Math.min(text.length(), MAX_CHARS);
        if (limit < text.length() && Character.isHighSurrogate(text.charAt(limit - 1))) {
            limit--;
        }
        boolean[] markup = markupMask(text, limit);
        StringBuilder folded = new StringBuilder(limit + 8);
        int[] origin = new int[limit * 2 + 8];
        int[] originEnd = new int[limit * 2 + 8];
        for (int i = 0; i < limit; ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            CharSequence f = markup[i] ? " " : fold(cp);
            for (int k = 0; k < f.length(); k++) {
                if (folded.length() >= origin.length) {
                    origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                    originEnd = java.util.Arrays.copyOf(originEnd, originEnd.length * 2);
                }
                origin[folded.length()] = i;
                originEnd[folded.length()] = i + width;
                folded.append(f.charAt(k));
            }
            i += width;
        }
        return new Scanner(folded, origin, originEnd).scan();
    }

    /** Marks the characters of HTML-like tags ("<b>", "</p>") so they read as spaces. */
    private static boolean[] markupMask(String text, int limit) {
        boolean[] mask = new boolean[limit];
        for (int i = 0; i < limit; i++) {
            if (text.charAt(i) != '<' || i + 1 >= limit) {
                continue;
            }
            char next = text.charAt(i + 1);
            if (!(Character.isLetter(next) || next == '/' || next == '!')) {
                continue;
            }
            int close = -1;
            for (int j = i + 1; j < limit && j <= i + 200; j++) {
                if (text.charAt(j) == '>') {
                    close = j;
                    break;
                }
                if (text.charAt(j) == '<') {
                    break;
                }
            }
            if (close > 0) {
                for (int j = i; j <= close; j++) {
                    mask[j] = true;
                }
                i = close;
            }
        }
        return mask;
    }

    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = String.valueOf(Character.toLowerCase(c));
        }
    }

    private static CharSequence fold(int cp) {
        if (cp < 128) {
            return ASCII[cp];
        }
        switch (cp) {
            case 0x2018, 0x2019, 0x02BC, 0x2032, 0x00B4, 0x0060:
                return "'";
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212:
                return "-";
            default:
                break;
        }
        String s = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC)
            .toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        if (decomposed.length() == s.length()) {
            return s;
        }
        StringBuilder plain = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK && i > 0 && decomposed.charAt(i - 1) < 0x250) {
                continue;
            }
            plain.append(c);
        }
        return Normalizer.normalize(plain, Normalizer.Form.NFC);
    }

    /** Splits the folded text into words and notes the punctuation between them. */
    private static final class Scanner {
        private final StringBuilder text;
        private final int[] origin;
        private final int[] originEnd;
        private final List<Token> tokens = new ArrayList<>();
        private final List<Byte> boundaries = new ArrayList<>();
        private boolean question;

        Scanner(StringBuilder text, int[] origin, int[] originEnd) {
            this.text = text;
            this.origin = origin;
            this.originEnd = originEnd;
        }

        Tokens scan() {
            int len = text.length();
            int i = 0;
            while (i < len && tokens.size() < MAX_TOKENS) {
                int cp = text.codePointAt(i);
                if (isWordChar(cp)) {
                    i = chunk(i);
                    continue;
                }
                punctuation(cp, i);
                i += Character.charCount(cp);
            }
            byte[] boundaryAfter = new byte[tokens.size()];
            for (int k = 0; k < boundaryAfter.length; k++) {
                boundaryAfter[k] = boundaries.get(k);
            }
            return new Tokens(List.copyOf(tokens), boundaryAfter, question);
        }

        private void punctuation(int cp, int at) {
            switch (cp) {
                case '&', '+' -> add("and", "and", origin[at], originEnd[at]);
                case '@' -> add("at", "at", origin[at], originEnd[at]);
                case '?' -> {
                    question = true;
                    mark(Tokens.SENTENCE);
                }
                case '.', '!', ';', '\n', '\r', 0x2026, 0x3002 -> mark(Tokens.SENTENCE);
                case ',', 0xFF0C, 0x3001 -> mark(Tokens.COMMA);
                default -> {
                }
            }
        }

        private void mark(byte kind) {
            int last = boundaries.size() - 1;
            if (last >= 0 && boundaries.get(last) < kind) {
                boundaries.set(last, kind);
            }
        }

        /** Reads one run of word characters starting at {@code from}; returns where scanning resumes. */
        private int chunk(int from) {
            int len = text.length();
            StringBuilder word = new StringBuilder();
            int[] at = new int[Math.min(len - from, 64)];
            int n = 0;
            int i = from;
            while (i < len) {
                int cp = text.codePointAt(i);
                int width = Character.charCount(cp);
                if (isWordChar(cp)) {
                    word.appendCodePoint(cp);
                    for (int k = 0; k < width; k++) {
                        if (n == at.length) {
                            at = java.util.Arrays.copyOf(at, at.length * 2);
                        }
                        at[n++] = i + k;
                    }
                    i += width;
                    continue;
                }
                boolean hasNext = i + 1 < len;
                if (cp == '\'' && hasNext && isWordChar(text.codePointAt(i + 1))) {
                    i++;
                    continue;
                }
                if ((cp == ':' || cp == '.' || cp == ',') && hasNext && endsWithDigit(word)
                        && isAsciiDigit(text.charAt(i + 1))) {
                    if (cp != ',') {
                        word.append((char) cp);
                        if (n == at.length) {
                            at = java.util.Arrays.copyOf(at, at.length * 2);
                        }
                        at[n++] = i;
                    }
                    i++;
                    continue;
                }
                break;
            }
            String w = word.toString();
            if (w.equals("w") && i < len && text.charAt(i) == '/') {
                boolean without = i + 1 < len && text.charAt(i + 1) == 'o'
                    && (i + 2 >= len || !isWordChar(text.codePointAt(i + 2)));
                int end = without ? i + 2 : i + 1;
                String replacement = without ? "without" : "with";
                add(replacement, replacement, origin[from], originEnd[end - 1]);
                return end;
            }
            emit(w, at, n);
            return i;
        }

        private void emit(String word, int[] at, int n) {
            int start = origin[at[0]];
            int end = originEnd[at[n - 1]];
            String[] expansion = EXPANSIONS.get(word);
            if (expansion != null) {
                for (String part : expansion) {
                    add(part, canonical(part), start, end);
                }
                return;
            }
            int pieceStart = 0;
            for (int k = 1; k <= word.length(); k++) {
                if (k == word.length() || digitLetterBoundary(word, k)) {
                    String piece = word.substring(pieceStart, k);
                    String[] pieceExpansion = EXPANSIONS.get(piece);
                    int s = origin[at[pieceStart]];
                    int e = originEnd[at[k - 1]];
                    if (pieceExpansion != null) {
                        for (String part : pieceExpansion) {
                            add(part, canonical(part), s, e);
                        }
                    } else {
                        add(piece, canonical(piece), s, e);
                    }
                    pieceStart = k;
                }
            }
        }

        private static boolean digitLetterBoundary(String word, int k) {
            return numeric(word.charAt(k - 1)) != numeric(word.charAt(k));
        }

        /** Digits and the ':' or '.' kept between digits belong together, as in "6:30" or "7.5". */
        private static boolean numeric(char c) {
            return isAsciiDigit(c) || c == ':' || c == '.';
        }

        private void add(String surface, String norm, int start, int end) {
            if (tokens.size() >= MAX_TOKENS) {
                return;
            }
            tokens.add(new Token(surface, norm, start, end));
            boundaries.add(Tokens.NONE);
        }

        private static boolean endsWithDigit(StringBuilder word) {
            return word.length() > 0 && isAsciiDigit(word.charAt(word.length() - 1));
        }
    }

    private static String canonical(String word) {
        String c = CANONICAL.get(word);
        return c != null ? c : word;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
        }
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
