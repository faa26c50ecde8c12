package io.maitre.channel.twilio;

import java.util.Optional;
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

    /**
     * A number a customer typed, as E.164: one starting with {@code +} as written ("+44 20 7946 0958"); without it,
     * when the outlet's own number is North American, ten digits ("(212) 555-0142") or eleven starting with 1 ("1 212
     * 555 0142"). Empty when it cannot be read as one.
     *
     * @param outletNumber the outlet's number in E.164, which tells the country a number without {@code +} is in
     */
    public static Optional<String> typed(String typed, String outletNumber) {
        if (typed == null || !typed.matches("[0-9+().\\s-]+")) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("[^0-9]", "");
        String number;
        if (typed.strip().startsWith("+")) {
            number = "+" + digits;
        } else if (outletNumber == null || !outletNumber.startsWith("+1")) {
            return Optional.empty();
        } else if (digits.length() == 10) {
            number = "+1" + digits;
        } else if (digits.length() == 11 && digits.startsWith("1")) {
            number = "+" + digits;
        } else {
            return Optional.empty();
        }
        boolean northAmerican = number.startsWith("+1") && number.length() == 12;
        if (number.startsWith("+1") && (!northAmerican || number.charAt(2) < '2')) {
            return Optional.empty();
        }
        return isE164(number) ? Optional.of(number) : Optional.empty();
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
