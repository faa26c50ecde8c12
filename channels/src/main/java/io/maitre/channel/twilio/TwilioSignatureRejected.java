package io.maitre.channel.twilio;

/** A webhook came without a valid {@code X-Twilio-Signature}: it did not come from Twilio, or the settings differ. */
class TwilioSignatureRejected extends RuntimeException {

    TwilioSignatureRejected(String message) {
        super(message);
    }
}
