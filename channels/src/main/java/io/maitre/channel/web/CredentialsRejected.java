package io.maitre.channel.web;

/** The bearer token is missing, malformed, or not the one issued for that session. */
final class CredentialsRejected extends RuntimeException {

    CredentialsRejected(String message) {
        super(message);
    }
}
