package io.maitre.channel.twilio;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the bot's written replies for the ear: prices as people say them ("twenty-three thirty-nine"), clock
 * times with the part of the day ("seven fifteen this evening"), phone numbers digit by digit, and no symbols that
 * text-to-speech would read out or stumble over.
 */
public final class Speech {

    private static final Pattern MONEY = Pattern.compile("\\$(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{2}))?");
    private static final Pattern TIME = Pattern.compile(
            "\\b(\\d{1,2}):(\\d{2})\\s?([AaPp])\\.?[Mm]\\.?(\\s+(?:today|tomorrow))?\\b");
    private static final Pattern PHONE = Pattern.compile(
            "(?<!\\d)(?:\\+?1[ .-]?)?\\(?(\\d{3})\\)?[ .-]?(\\d{3})[ .-]?(\\d{4})(?!\\d)");
    private static final Pattern E164 = Pattern.compile("\\+(\\d{8,15})\\b");
    private static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};

    private Speech() {
    }

    /** The text as it should be spoken; public for tools and tests that check what a caller hears. */
    public static String forTheEar(String text) {
        String spoken = replace(MONEY, text, Speech::money);
        spoken = replace(TIME, spoken, Speech::time);
        spoken = replace(PHONE, spoken, m -> digits(m.group(1)) + ", " + digits(m.group(2)) + ", "
                + digits(m.group(3)));
        spoken = replace(E164, spoken, m -> digits(m.group(1)));
        spoken = spoken.replace("&", " and ").replace("%", " percent").replace("#", " number ")
                .replace("@", " at ");
        StringBuilder out = new StringBuilder(spoken.length());
        spoken.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.OTHER_SYMBOL || type == Character.SURROGATE || type == Character.PRIVATE_USE
                    || c == '*' || c == '_' || c == '~' || c == '<' || c == '>' || c == '|' || c == '\\'
                    || c == '^' || c == '`' || c == '{' || c == '}' || c == '[' || c == ']') {
                out.append(' ');
            } else if (c == '\n') {
                out.append(". ");
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString().replaceAll("\\s{2,}", " ").replaceAll("\\s+([,.!?])", "$1")
                .replaceAll("\\.{2,}", ".").strip();
    }

    /** "$23.39" as "twenty-three thirty-nine", "$19.00" as "nineteen dollars", "$0.50" as "fifty cents". */
    static String money(Matcher m) {
        long dollars = Long.parseLong(m.group(1).replace(",", ""));
        int cents = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (cents == 0) {
            return number(dollars) + (dollars == 1 ? " dollar" : " dollars");
        }
        if (dollars == 0) {
            return number(cents) + (cents == 1 ? " cent" : " cents");
        }
        return number(dollars) + " " + (cents < 10 ? "oh " + number(cents) : number(cents));
    }

    /** "7:15 PM today" as "seven fifteen this evening", "12:00 PM" as "noon". */
    static String time(Matcher m) {
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        boolean pm = m.group(3).equalsIgnoreCase("p");
        String day = m.group(4) == null ? null : m.group(4).strip().toLowerCase(Locale.ROOT);
        if (hour > 12 || minute > 59) {
            return m.group();
        }
        if (hour == 12 && minute == 0) {
            String noon = pm ? "noon" : "midnight";
            return day == null ? noon : noon + " " + day;
        }
        String clock = number(hour) + (minute == 0 ? "" : minute < 10 ? " oh " + number(minute) : " " + number(minute));
        int hour24 = hour % 12 + (pm ? 12 : 0);
        String part = hour24 < 12 ? "morning" : hour24 < 17 ? "afternoon" : hour24 < 21 ? "evening" : "night";
        if ("today".equals(day)) {
            return clock + (part.equals("night") ? " tonight" : " this " + part);
        }
        if ("tomorrow".equals(day)) {
            return clock + " tomorrow " + part;
        }
        return clock + (part.equals("night") ? " at night" : " in the " + part);
    }

    /** Whole numbers in words, e.g. 23 as "twenty-three", 1042 as "one thousand forty-two". */
    static String number(long n) {
        if (n < 0) {
            return "minus " + number(-n);
        }
        if (n < 20) {
            return ONES[(int) n];
        }
        if (n < 100) {
            return TENS[(int) (n / 10)] + (n % 10 == 0 ? "" : "-" + ONES[(int) (n % 10)]);
        }
        if (n < 1000) {
            return ONES[(int) (n / 100)] + " hundred" + (n % 100 == 0 ? "" : " " + number(n % 100));
        }
        if (n < 1_000_000) {
            return number(n / 1000) + " thousand" + (n % 1000 == 0 ? "" : " " + number(n % 1000));
        }
        return number(n / 1_000_000) + " million" + (n % 1_000_000 == 0 ? "" : " " + number(n % 1_000_000));
    }

    private static String digits(String digits) {
        return String.join(" ", digits.split(""));
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> by) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(by.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
