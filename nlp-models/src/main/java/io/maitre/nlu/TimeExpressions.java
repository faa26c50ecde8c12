package io.maitre.nlu;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds times: "at 6:30", "6pm", "7 o'clock", "half past six", "noon", "tonight at 7", "tomorrow at noon",
 * "in 20 minutes", "in half an hour", "asap", "right now", and as texted: "630", "6:30p", "730pm". A time of day today becomes an ISO local time
 * ("18:30"); anything with a date (a delay, "tomorrow") becomes an ISO local date-time; as soon as possible
 * becomes {@code asap}. Without am or pm an hour is read as its next occurrence ("at 6" at noon is 18:00).
 */
final class TimeExpressions {

    static final String ASAP = "asap";

    /**
     * A time found in the words.
     *
     * @param from the first word
     * @param to one past the last word
     * @param value ISO local time, ISO local date-time, or {@link #ASAP}
     */
    record Match(int from, int to, String value) {
    }

    private static final Set<String> LEADS = Set.of("at", "by", "around", "about", "before", "after", "until",
        "till", "til", "for", "from");
    /** The words a time can start with, besides numbers. */
    private static final Set<String> STARTS = Set.of("asap", "immediately", "as", "right", "now", "in", "within",
        "half", "an", "a", "tomorrow", "tonight", "this", "today", "at", "by", "around", "about", "before", "after",
        "until", "till", "til", "for", "from", "noon", "midday", "midnight", "quarter");
    private static final Set<String> FIRM_LEADS = Set.of("at", "by", "around", "before", "until", "till", "til");

    private static final Pattern DECIMAL = Pattern.compile("\\d{1,3}\\.\\d{1,2}");
    private static final Set<String> CLAUSE_ENDS = Set.of("please", "pls", "plz", "thanks", "thx", "then", "ok",
        "today", "and", "for", "pickup", "delivery", "if", "thank");
    private static final Pattern COMPACT = Pattern.compile("\\d{3,4}");

    private final Tokens tokens;
    private final boolean expectingTime;
    private final LocalDateTime now;
    private final Predicate<String> menuWord;
    private final boolean[] used;

    private TimeExpressions(Tokens tokens, boolean expectingTime, LocalDateTime now, Predicate<String> menuWord,
            boolean[] used) {
        this.tokens = tokens;
        this.expectingTime = expectingTime;
        this.now = now;
        this.menuWord = menuWord;
        this.used = used;
    }

    /**
     * Finds the times in the words not yet {@code used}, and marks theirs used.
     *
     * @param expectingTime whether the bot asked for a time, so that a bare "7" or "in 20" is one
     * @param menuWord tells menu words, so that "at 2 large pizzas" is no time
     */
    static List<Match> find(Tokens tokens, boolean expectingTime, LocalDateTime now, Predicate<String> menuWord,
            boolean[] used) {
        return new TimeExpressions(tokens, expectingTime, now, menuWord, used).scan();
    }

    private List<Match> scan() {
        List<Match> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match m = used[i] ? null : at(i);
            if (m == null) {
                i++;
                continue;
            }
            found.add(m);
            for (int k = m.from(); k < m.to(); k++) {
                used[k] = true;
            }
            i = m.to();
        }
        return found;
    }

    private String w(int i) {
        return i >= 0 && i < tokens.size() && !used[i] ? tokens.norm(i) : "";
    }

    private boolean seq(int i, String... words) {
        for (int k = 0; k < words.length; k++) {
            if (!w(i + k).equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    private Match at(int i) {
        String first = w(i);
        if (!STARTS.contains(first) && !Character.isDigit(first.isEmpty() ? 'x' : first.charAt(0))) {
            return null;
        }
        Match asap = asap(i);
        if (asap != null) {
            return asap;
        }
        Match delay = delay(i);
        if (delay != null) {
            return delay;
        }
        return clock(i);
    }

    private Match asap(int i) {
        if (seq(i, "asap") || seq(i, "immediately")) {
            return new Match(i, i + 1, ASAP);
        }
        if (seq(i, "as", "soon", "as", "possible")) {
            return new Match(i, i + 4, ASAP);
        }
        if (seq(i, "as", "soon", "as", "you", "can")) {
            return new Match(i, i + 5, ASAP);
        }
        if (seq(i, "right", "now") || seq(i, "right", "away")) {
            return new Match(i, i + 2, ASAP);
        }
        if (seq(i, "now") && (expectingTime || tokens.size() <= 3)) {
            return new Match(i, i + 1, ASAP);
        }
        return null;
    }

    /** "in 20 minutes", "in an hour", "in half an hour", "within 45 min", "20 minutes from now". */
    private Match delay(int i) {
        boolean lead = seq(i, "in") || seq(i, "within");
        int j = lead ? i + 1 : i;
        int minutes;
        int end;
        if (seq(j, "half", "an", "hour") || seq(j, "a", "half", "hour")) {
            minutes = 30;
            end = j + 3;
        } else if (seq(j, "half", "hour")) {
            minutes = 30;
            end = j + 2;
        } else if (seq(j, "an", "hour", "and", "a", "half") || seq(j, "a", "hour", "and", "a", "half")) {
            minutes = 90;
            end = j + 5;
        } else if ((seq(j, "an", "hour") || seq(j, "a", "hour")) && lead) {
            minutes = 60;
            end = j + 2;
        } else {
            double[] amount = amount(j);
            if (amount == null) {
                return null;
            }
            int after = j + (int) amount[1];
            String unit = w(after);
            if (unit.equals("min")) {
                minutes = (int) Math.round(amount[0]);
                end = after + 1;
            } else if (unit.equals("hour")) {
                minutes = (int) Math.round(amount[0] * 60);
                end = after + 1;
            } else if (lead && expectingTime && unit.isEmpty()) {
                minutes = (int) Math.round(amount[0]);
                end = after;
            } else {
                return null;
            }
        }
        if (!lead && !seq(end, "from", "now")) {
            return null;
        }
        if (seq(end, "from", "now")) {
            end += 2;
        }
        if (minutes <= 0 || minutes > 7 * 24 * 60) {
            return null;
        }
        LocalDateTime at = now.plusMinutes(minutes).truncatedTo(ChronoUnit.MINUTES);
        return new Match(i, end, at.toString());
    }

    /** The number at word {@code i} and how many words it takes: "20", "twenty five", "1.5". */
    private double[] amount(int i) {
        String word = w(i);
        if (word.isEmpty()) {
            return null;
        }
        if (DECIMAL.matcher(word).matches()) {
            return new double[] {Double.parseDouble(word), 1};
        }
        NumberPhrases.Match n = NumberPhrases.at(tokens, i);
        if (n == null || n.article() || (n.length() > 1 && used[i + 1])) {
            return null;
        }
        return new double[] {n.value(), n.length()};
    }

    /** "at 6:30", "6pm", "7 o'clock", "seven thirty pm", "half past six", "noon", "tomorrow at 7". */
    private Match clock(int i) {
        int start = i;
        int dayOffset = 0;
        Boolean pm = null;
        if (seq(i, "tomorrow")) {
            dayOffset = 1;
            i++;
        } else if (seq(i, "tonight") || seq(i, "this", "evening")) {
            pm = true;
            i += seq(i, "tonight") ? 1 : 2;
        } else if (seq(i, "today") || seq(i, "this", "afternoon")) {
            pm = seq(i, "this") ? Boolean.TRUE : null;
            i += seq(i, "today") ? 1 : 2;
        }
        boolean lead = LEADS.contains(w(i));
        boolean firmLead = FIRM_LEADS.contains(w(i));
        if (lead) {
            i++;
        }
        int hour;
        int minute = 0;
        int j;
        boolean firm = false;
        boolean compact = false;
        if (seq(i, "noon") || seq(i, "midday") || seq(i, "midnight")) {
            hour = seq(i, "midnight") ? 0 : 12;
            j = i + 1;
            firm = true;
            pm = null;
        } else if ((seq(i, "half", "past") || seq(i, "quarter", "past") || seq(i, "quarter", "to"))
                && hourValue(w(i + 2)) != null) {
            int h = hourValue(w(i + 2));
            if (seq(i, "quarter", "to")) {
                hour = h == 1 ? 12 : h - 1;
                minute = 45;
            } else {
                hour = h;
                minute = seq(i, "half") ? 30 : 15;
            }
            j = i + 3;
            firm = true;
        } else {
            String word = w(i);
            int colon = word.indexOf(':');
            if (colon > 0) {
                Integer h = NumberPhrases.digits(word.substring(0, colon));
                Integer m = NumberPhrases.digits(word.substring(colon + 1));
                if (h == null || m == null || h > 23 || m > 59 || word.length() - colon != 3) {
                    return null;
                }
                hour = h;
                minute = m;
                j = i + 1;
                firm = true;
            } else if (COMPACT.matcher(word).matches() && compactTime(word) != null) {
                int[] hm = compactTime(word);
                hour = hm[0];
                minute = hm[1];
                j = i + 1;
                compact = true;
            } else {
                Integer h = hourValue(word);
                if (h == null) {
                    return null;
                }
                hour = h;
                j = i + 1;
                Integer m = minuteAfter(j);
                if (m != null) {
                    minute = m;
                    j += minuteWords(j);
                }
            }
        }
        boolean suffix = false;
        if (seq(j, "am") || seq(j, "a", "m")) {
            pm = false;
            j += seq(j, "am") ? 1 : 2;
            suffix = true;
        } else if (seq(j, "pm") || seq(j, "p", "m")) {
            pm = true;
            j += seq(j, "pm") ? 1 : 2;
            suffix = true;
        } else if (seq(j, "p")) {
            pm = true;
            j++;
            suffix = true;
        } else if (seq(j, "oclock") || seq(j, "o", "clock")) {
            j += seq(j, "oclock") ? 1 : 2;
            suffix = true;
        }
        if (seq(j, "tonight") || seq(j, "this", "evening") || seq(j, "in", "the", "evening")
                || seq(j, "at", "night") || seq(j, "this", "afternoon") || seq(j, "in", "the", "afternoon")) {
            pm = pm == null ? Boolean.TRUE : pm;
            j += seq(j, "tonight") ? 1 : seq(j, "at", "night") || seq(j, "this", "evening")
                || seq(j, "this", "afternoon") ? 2 : 3;
            suffix = true;
        } else if (seq(j, "in", "the", "morning") || seq(j, "this", "morning")) {
            pm = pm == null ? Boolean.FALSE : pm;
            j += seq(j, "this") ? 2 : 3;
            suffix = true;
        }
        if (seq(j, "tomorrow")) {
            dayOffset = 1;
            j++;
        }
        boolean dated = start < i - (lead ? 1 : 0) || dayOffset > 0;
        if (compact && !suffix && !expectingTime && !(firmLead && endsTheClause(j))) {
            return null;
        }
        boolean accepted = firm || suffix || expectingTime
            || (firmLead && !menuWord.test(w(j)) && NumberPhrases.digits(w(j)) == null)
            || (dated && lead && !menuWord.test(w(j)));
        if (!accepted || hour > 23) {
            return null;
        }
        if (pm != null && hour > 12) {
            pm = null;
        }
        return new Match(start, j, resolve(hour, minute, pm, dayOffset));
    }

    /** "at 630" ends there or goes on with a courtesy; "at 1234 main street" is an address. */
    private boolean endsTheClause(int j) {
        String next = w(j);
        return j >= tokens.size() || tokens.boundaryAfter(j - 1) || CLAUSE_ENDS.contains(next);
    }

    /** "630", "1230", "0715": an hour and its minutes written without a colon, as texters do. */
    private static int[] compactTime(String word) {
        int split = word.length() - 2;
        int hour = Integer.parseInt(word.substring(0, split));
        int minute = Integer.parseInt(word.substring(split));
        return hour <= 23 && minute <= 59 && (hour > 0 || split == 2) ? new int[] {hour, minute} : null;
    }

    private static Integer hourValue(String word) {
        Integer h = NumberPhrases.digits(word);
        return h != null && h <= 23 && word.length() <= 2 ? h : null;
    }

    /** The minutes after an hour: "30" in "6 30", or "thirty", "forty five" in words. */
    private Integer minuteAfter(int j) {
        String word = w(j);
        Integer m = NumberPhrases.digits(word);
        if (m == null || j >= tokens.size()) {
            return null;
        }
        boolean spelled = !NumberPhrases.isDigits(tokens.surface(j));
        if (!spelled) {
            return word.length() == 2 && m <= 59 ? m : null;
        }
        if (m >= 20 && m % 10 == 0 && j + 1 < tokens.size() && !NumberPhrases.isDigits(tokens.surface(j + 1))) {
            Integer unit = NumberPhrases.digits(w(j + 1));
            if (unit != null && unit >= 1 && unit <= 9) {
                return m + unit;
            }
        }
        return m >= 10 && m <= 59 ? m : null;
    }

    private int minuteWords(int j) {
        Integer m = NumberPhrases.digits(w(j));
        boolean spelled = !NumberPhrases.isDigits(tokens.surface(j));
        if (spelled && m != null && m >= 20 && m % 10 == 0 && j + 1 < tokens.size()
                && !NumberPhrases.isDigits(tokens.surface(j + 1))) {
            Integer unit = NumberPhrases.digits(w(j + 1));
            if (unit != null && unit >= 1 && unit <= 9) {
                return 2;
            }
        }
        return 1;
    }

    private String resolve(int hour, int minute, Boolean pm, int dayOffset) {
        int h = hour;
        if (pm != null) {
            if (pm && h < 12) {
                h += 12;
            } else if (!pm && h == 12) {
                h = 0;
            }
        } else if (h >= 1 && h <= 11) {
            if (dayOffset > 0) {
                h = h == 11 ? 11 : h + 12;
            } else {
                LocalTime morning = LocalTime.of(h, minute);
                h = morning.isBefore(now.toLocalTime()) ? h + 12 : h;
            }
        }
        LocalTime time = LocalTime.of(h, minute);
        if (dayOffset > 0) {
            return LocalDateTime.of(now.toLocalDate().plusDays(dayOffset), time).toString();
        }
        return time.toString();
    }

}
