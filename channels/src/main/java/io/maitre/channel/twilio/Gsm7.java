package io.maitre.channel.twilio;

import java.text.Normalizer;
import java.util.Map;

/**
 * Makes text fit the GSM 03.38 alphabet, so that a text message goes out in 7-bit segments of 160 characters
 * instead of UCS-2 segments of 70: typographic quotes and dashes become plain ones, accents that GSM lacks are
 * dropped, emoji and other symbols are left out.
 */
final class Gsm7 {

    /** The basic set plus the extension table (each extension character costs two septets). */
    private static final String ALPHABET = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà" + "^{}\\[~]|€";

    private static final Map<Integer, String> REPLACEMENTS = Map.ofEntries(
            Map.entry(0x2018, "'"), Map.entry(0x2019, "'"), Map.entry(0x201A, "'"), Map.entry(0x201B, "'"),
            Map.entry(0x2032, "'"), Map.entry(0x00B4, "'"), Map.entry(0x0060, "'"),
            Map.entry(0x201C, "\""), Map.entry(0x201D, "\""), Map.entry(0x201E, "\""), Map.entry(0x2033, "\""),
            Map.entry(0x00AB, "\""), Map.entry(0x00BB, "\""),
            Map.entry(0x2010, "-"), Map.entry(0x2011, "-"), Map.entry(0x2012, "-"), Map.entry(0x2013, "-"),
            Map.entry(0x2014, "-"), Map.entry(0x2015, "-"), Map.entry(0x2212, "-"),
            Map.entry(0x2026, "..."), Map.entry(0x2022, "-"), Map.entry(0x00B7, "-"), Map.entry(0x00D7, "x"),
            Map.entry(0x00A0, " "), Map.entry(0x2009, " "), Map.entry(0x202F, " "), Map.entry(0x2002, " "),
            Map.entry(0x2003, " "), Map.entry(0x0009, " "), Map.entry(0x00A2, "c"), Map.entry(0x00BD, "1/2"),
            Map.entry(0x00BC, "1/4"), Map.entry(0x00BE, "3/4"), Map.entry(0x2122, "(TM)"), Map.entry(0x00AE, "(R)"),
            Map.entry(0x00A9, "(C)"), Map.entry(0x00B0, " degrees"),
            Map.entry(0x0141, "L"), Map.entry(0x0142, "l"), Map.entry(0x0110, "D"), Map.entry(0x0111, "d"),
            Map.entry(0x0131, "i"), Map.entry(0x0152, "OE"), Map.entry(0x0153, "oe"));

    private Gsm7() {
    }

    static boolean isGsm(int codePoint) {
        return codePoint < 0x10000 && ALPHABET.indexOf(codePoint) >= 0;
    }

    /** Whether every character of the text is in the GSM alphabet. */
    static boolean fits(String text) {
        return text.codePoints().allMatch(Gsm7::isGsm);
    }

    /** The text in the GSM alphabet; runs of spaces left by removed symbols are closed up. */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (isGsm(c)) {
                out.appendCodePoint(c);
                return;
            }
            String replacement = REPLACEMENTS.get(c);
            if (replacement != null) {
                out.append(replacement);
                return;
            }
            String decomposed = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD);
            decomposed.codePoints().filter(Gsm7::isGsm).forEach(out::appendCodePoint);
        });
        return out.toString().replaceAll(" {2,}", " ").replaceAll(" +([,.!?])", "$1").strip();
    }
}
