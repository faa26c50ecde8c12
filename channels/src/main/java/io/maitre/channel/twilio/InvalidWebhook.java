package io.maitre.channel.twilio;

/** A signed webhook lacks a field Twilio always sends, or carries one we cannot use. */
class InvalidWebhook extends RuntimeException {

    InvalidWebhook(String message) {
        super(message);
    }
}
