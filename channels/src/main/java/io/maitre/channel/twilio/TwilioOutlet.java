package io.maitre.channel.twilio;

import java.util.List;

/**
 * What the Twilio channels need to know of an outlet.
 *
 * @param outletId the outlet's id
 * @param name the outlet's name, as customers know it
 * @param phoneNumbers its Twilio numbers in E.164, the first one sends its outbound texts
 * @param staffNumber where calls are transferred to a person, or {@code null} when there is nobody to transfer to
 * @param storePhone the outlet's public phone number as written for customers, or {@code null}
 * @param hints menu words for speech recognition, most useful first
 */
public record TwilioOutlet(String outletId, String name, List<String> phoneNumbers, String staffNumber,
        String storePhone, List<String> hints) {

    public TwilioOutlet {
        phoneNumbers = phoneNumbers == null ? List.of() : List.copyOf(phoneNumbers);
        hints = hints == null ? List.of() : List.copyOf(hints);
    }

    /** The number outbound texts are sent from, or {@code null} when the outlet has none. */
    public String sendingNumber() {
        return phoneNumbers.isEmpty() ? null : phoneNumbers.get(0);
    }
}
