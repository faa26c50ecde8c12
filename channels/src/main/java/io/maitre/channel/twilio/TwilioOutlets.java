package io.maitre.channel.twilio;

import java.util.Optional;

/** Finds outlets by their Twilio numbers; bot-core implements it from the menu files. */
public interface TwilioOutlets {

    /** The outlet that owns this number (E.164), if any. */
    Optional<TwilioOutlet> byNumber(String phoneNumber);

    /** The outlet with this id, if it exists. */
    Optional<TwilioOutlet> byId(String outletId);
}
