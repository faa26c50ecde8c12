package io.maitre.channel.twilio;

import java.util.regex.Pattern;

/** Phone numbers as Twilio writes them (E.164), and as they may appear in logs. */
public final class PhoneNumbers {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    private PhoneNumbers() {
    }

    /** Whether the text is an E.164 number such as {@code +12125550142}. */
    public static boolean isE164(String number) {
        return number != null && E164.matcher(number).matches();
    }

    /** A number for logs: country code and last two digits, e.g. {@code +1*******42}; anything else in stars. */
    public static String mask(String number) {
        if (number == null || number.isEmpty()) {
            return "-";
        }
        if (!isE164(number)) {
            return "*".repeat(Math.min(number.length(), 8));
        }
        int keep = 2;
        return number.substring(0, 2) + "*".repeat(number.length() - 2 - keep) + number.substring(number.length() - keep);
    }
}
