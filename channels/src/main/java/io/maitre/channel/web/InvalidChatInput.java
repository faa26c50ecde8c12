package io.maitre.channel.web;

/** A request or frame the chat cannot accept: malformed JSON, bad encoding, missing or unacceptable text. */
final class InvalidChatInput extends RuntimeException {

    InvalidChatInput(String message) {
        super(message);
    }
}
