package io.maitre.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds phone numbers, street addresses and names in an utterance. */
final class ContactDetails {

    private static final Pattern PHONE = Pattern.compile("(?<![\\w.:])\\+?\\(?\\d[\\d \\t().\\-]{5,24}\\d(?![\\w:])");
    /** The two-capital codes of the US states, DC and the territories, as written in postal addresses. */
    private static final Set<String> STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL",
        "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE",
        "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
        "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP");
    private static final Pattern ZIP = Pattern.compile("\\d{5}(-\\d{4})?");
    private static final int MIN_PHONE_DIGITS = 7;
    private static final int MAX_PHONE_DIGITS = 15;
    private static final Map<String, String> SPOKEN_DIGITS = Map.ofEntries(Map.entry("zero", "0"),
        Map.entry("oh", "0"), Map.entry("o", "0"), Map.entry("one", "1"), Map.entry("two", "2"),
        Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"),
        Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"));

    private static final Set<String> STREET = Set.of("street", "st", "avenue", "ave", "av", "road", "rd",
        "boulevard", "blvd", "lane", "ln", "drive", "dr", "way", "court", "ct", "place", "pl", "terrace", "ter",
        "parkway", "pkwy", "highway", "hwy", "circle", "cir", "square", "sq", "trail", "trl", "crescent", "row",
        "alley", "plaza", "loop", "pike", "path", "walk", "broadway");
    private static final Set<String> UNIT = Set.of("apt", "apartment", "unit", "suite", "ste", "flat", "floor",
        "room", "building", "bldg");
    private static final List<List<String>> ADDRESS_LEADS = leads("my address is", "the address is", "address is",
        "my address", "address", "it is", "deliver it to", "deliver to", "send it to", "bring it to", "i live at",
        "i am at", "im at", "we are at", "were at", "to", "at", "its", "sure", "yes", "yeah", "ok", "please");
    private static final List<List<String>> NAME_LEADS = leads("my name is", "the name is", "name is", "my name",
        "it is under", "put it under", "put it under the name", "under the name", "under", "you can call me",
        "call me", "this is", "it is", "i am", "im", "its", "for", "name", "sure", "yes", "yeah", "ok", "hi",
        "hello", "hey");
    private static final List<List<String>> NAME_STATEMENTS = leads("my name is", "the name is", "name is",
        "under the name", "you can call me", "call me");
    private static final Set<String> TRAILING = Set.of("please", "thanks", "thank", "you", "thx");
    private static final Set<String> AFTER_ADDRESS = Set.of("at", "by", "around", "asap", "tonight", "tomorrow",
        "please", "thanks", "thank", "for");

    private ContactDetails() {
    }

    private static List<List<String>> leads(String... phrases) {
        List<List<String>> out = new ArrayList<>();
        for (String p : phrases) {
            out.add(TextNormalizer.norms(p));
        }
        out.sort((a, b) -> b.size() - a.size());
        return List.copyOf(out);
    }

    /**
     * Phone numbers of 7 to 15 digits with any separators, or said in words as people say them ("five five five oh
     * one two", "double five"); their words are marked used.
     */
    static List<Span> phones(String text, Tokens tokens, boolean[] used) {
        List<Span> found = new ArrayList<>();
        if (text == null || tokens.size() == 0) {
            return found;
        }
        found.addAll(writtenPhones(text, tokens, used));
        found.addAll(spokenPhones(tokens, used));
        return found;
    }

    private static List<Span> spokenPhones(Tokens tokens, boolean[] used) {
        List<Span> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            StringBuilder digits = new StringBuilder();
            boolean spoken = false;
            int j = i;
            while (j < tokens.size() && !used[j]) {
                String w = spoken(tokens, j);
                int repeat = w.equals("double") ? 2 : w.equals("triple") ? 3 : 1;
                String digit = repeat > 1 && j + 1 < tokens.size() && !used[j + 1]
                    ? SPOKEN_DIGITS.get(spoken(tokens, j + 1)) : SPOKEN_DIGITS.get(w);
                if (digit != null) {
                    digits.append(digit.repeat(repeat));
                    spoken |= repeat > 1 || !NumberPhrases.isDigits(tokens.surface(j));
                    j += repeat > 1 ? 2 : 1;
                } else if (NumberPhrases.isDigits(tokens.surface(j)) && tokens.surface(j).length() <= 4) {
                    digits.append(tokens.surface(j));
                    j++;
                } else {
                    break;
                }
            }
            if (spoken && digits.length() >= MIN_PHONE_DIGITS && digits.length() <= MAX_PHONE_DIGITS) {
                found.add(mark(new Span("phone", digits.toString(), i, j), used));
                i = j;
            } else {
                i = Math.max(j, i + 1);
            }
        }
        return found;
    }

    private static String spoken(Tokens tokens, int i) {
        return tokens.surface(i).toLowerCase(Locale.ROOT);
    }

    private static List<Span> writtenPhones(String text, Tokens tokens, boolean[] used) {
        List<Span> found = new ArrayList<>();
        String head = text.length() > TextNormalizer.MAX_CHARS ? text.substring(0, TextNormalizer.MAX_CHARS) : text;
        if (digitsOf(head).length() < MIN_PHONE_DIGITS) {
            return found;
        }
        Matcher m = PHONE.matcher(head);
        while (m.find()) {
            String digits = digitsOf(m.group());
            if (digits.length() < MIN_PHONE_DIGITS || digits.length() > MAX_PHONE_DIGITS) {
                continue;
            }
            int from = -1;
            int to = -1;
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.start() >= m.start() && t.end() <= m.end() && !used[i]) {
                    from = from < 0 ? i : from;
                    to = i + 1;
                }
            }
            if (from < 0) {
                continue;
            }
            for (int i = from; i < to; i++) {
                used[i] = true;
            }
            found.add(new Span("phone", (m.group().startsWith("+") ? "+" : "") + digits, from, to));
        }
        return found;
    }

    /** A street address such as "42 Elm Street apt 3" anywhere in the words; its words are marked used. */
    static Span address(String text, Tokens tokens, boolean[] used, Predicate<String> menuWord) {
        for (int i = 0; i < tokens.size(); i++) {
            if (used[i] || !NumberPhrases.isDigits(tokens.surface(i)) || tokens.surface(i).length() > 6) {
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && j <= i + 5 && !used[j] && isWord(tokens.surface(j))
                    && !menuWord.test(tokens.norm(j)) && !STREET.contains(tokens.norm(j))) {
                j++;
            }
            if (j == i + 1 || j >= tokens.size() || used[j] || !STREET.contains(tokens.norm(j))) {
                continue;
            }
            int end = localityAfter(text, tokens, unitAfter(tokens, j + 1, used), used);
            return mark(new Span("address", slice(text, tokens, i, end), i, end), used);
        }
        return null;
    }

    /**
     * When the bot asked for the address: the answer, if it has a number or a street word, up to what follows it
     * ("42 Elm Street at 6pm please").
     */
    static Span addressAnswer(String text, Tokens tokens, boolean[] used) {
        int from = skipLeads(tokens, 0, ADDRESS_LEADS);
        int to = trimTrailing(tokens, from);
        for (int i = from + 2; i < to; i++) {
            if (AFTER_ADDRESS.contains(tokens.norm(i))) {
                to = i;
                break;
            }
        }
        if (to - from < 2) {
            return null;
        }
        boolean looksLikeOne = false;
        for (int i = from; i < to; i++) {
            String w = tokens.norm(i);
            looksLikeOne |= NumberPhrases.isDigits(tokens.surface(i)) || STREET.contains(w);
        }
        return looksLikeOne ? mark(new Span("address", slice(text, tokens, from, to), from, to), used) : null;
    }

    /** Whether the span has a street word ("street", "ave", "lane", ...). */
    static boolean namesAStreet(Tokens tokens, Span span) {
        for (int i = span.from(); i < span.to(); i++) {
            if (STREET.contains(tokens.norm(i))) {
                return true;
            }
        }
        return false;
    }

    /** When the bot asked for a name: the answer, if it is one to four words that are not ordinary language. */
    static Span nameAnswer(String text, Tokens tokens, boolean[] used, Predicate<String> ordinaryWord) {
        int from = skipLeads(tokens, 0, NAME_LEADS);
        int to = trimTrailing(tokens, from);
        return name(text, tokens, from, to, used, ordinaryWord);
    }

    /** "my name is Ana", "call me Bo", "under the name Li" anywhere in the words. */
    static Span nameStatement(String text, Tokens tokens, boolean[] used, Predicate<String> ordinaryWord) {
        for (int i = 0; i < tokens.size(); i++) {
            for (List<String> lead : NAME_STATEMENTS) {
                if (!startsWith(tokens, i, lead)) {
                    continue;
                }
                int from = i + lead.size();
                int to = from;
                while (to < tokens.size() && to < from + 3 && !used[to] && isName(tokens, text, to, ordinaryWord)) {
                    to++;
                    if (tokens.boundaryAfter(to - 1)) {
                        break;
                    }
                }
                Span span = name(text, tokens, from, to, used, ordinaryWord);
                if (span != null) {
                    return span;
                }
            }
        }
        return null;
    }

    private static Span name(String text, Tokens tokens, int from, int to, boolean[] used,
            Predicate<String> ordinaryWord) {
        if (to <= from || to - from > 4) {
            return null;
        }
        for (int i = from; i < to; i++) {
            if (used[i] || !isName(tokens, text, i, ordinaryWord)) {
                return null;
            }
        }
        return mark(new Span("name", slice(text, tokens, from, to), from, to), used);
    }

    private static boolean isName(Tokens tokens, String text, int i, Predicate<String> ordinaryWord) {
        String w = tokens.surface(i);
        if (!isWord(w) || w.length() > 30) {
            return false;
        }
        boolean capitalized = Character.isUpperCase(text.codePointAt(tokens.get(i).start()));
        return !ordinaryWord.test(tokens.norm(i)) || (capitalized && w.length() > 2);
    }

    private static int skipLeads(Tokens tokens, int from, List<List<String>> leads) {
        int i = from;
        boolean moved = true;
        while (moved && i < tokens.size()) {
            moved = false;
            for (List<String> lead : leads) {
                if (startsWith(tokens, i, lead)) {
                    i += lead.size();
                    moved = true;
                    break;
                }
            }
        }
        return i;
    }

    private static int trimTrailing(Tokens tokens, int from) {
        int to = tokens.size();
        while (to > from && TRAILING.contains(tokens.norm(to - 1))) {
            to--;
        }
        return to;
    }

    private static int unitAfter(Tokens tokens, int j, boolean[] used) {
        if (j + 1 < tokens.size() && !used[j] && !used[j + 1] && UNIT.contains(tokens.norm(j))
                && tokens.surface(j + 1).length() <= 5) {
            return j + 2;
        }
        return j;
    }

    /**
     * The town, state and ZIP code that may follow a street address ("12 Main Street, New York, NY 10001"): up to
     * four words, then a state's postal code, a ZIP code, or both. Only that ending marks them as the address's,
     * so the words between may be menu words too: at a New York pizzeria "New York" there is the city, not a style.
     */
    private static int localityAfter(String text, Tokens tokens, int j, boolean[] used) {
        int k = j;
        while (k < tokens.size() && k < j + 4 && !used[k] && isWord(tokens.surface(k)) && !isState(text, tokens, k)) {
            k++;
        }
        int end = -1;
        if (k < tokens.size() && !used[k] && isState(text, tokens, k)) {
            // a state with no town before it ends the address only with a ZIP code: "12 Main St OK" is an answer
            end = k > j ? k + 1 : -1;
            k++;
        }
        if (k < tokens.size() && !used[k] && ZIP.matcher(tokens.surface(k)).matches()) {
            end = k + 1;
        }
        return end < 0 ? j : end;
    }

    /** A state's code as written, in capitals: "in" and "me" are words, "IN" and "ME" states. */
    private static boolean isState(String text, Tokens tokens, int i) {
        Token token = tokens.get(i);
        return STATES.contains(text.substring(token.start(), token.end()));
    }

    private static String digitsOf(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    private static boolean startsWith(Tokens tokens, int i, List<String> words) {
        if (i + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.norm(i + k).equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWord(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); ) {
            int cp = w.codePointAt(i);
            if (!Character.isLetter(cp) && Character.getType(cp) != Character.NON_SPACING_MARK) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static String slice(String text, Tokens tokens, int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    private static Span mark(Span span, boolean[] used) {
        for (int i = span.from(); i < span.to(); i++) {
            used[i] = true;
        }
        return span;
    }
}
