package io.maitre.channel.web;

/** The body is not JSON. */
final class UnsupportedContentType extends RuntimeException {

    UnsupportedContentType(String contentType) {
        super("Send the body as application/json, not " + contentType + ".");
    }
}
