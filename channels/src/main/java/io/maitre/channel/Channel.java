package io.maitre.channel;

/** The transport a customer uses to talk to the bot. */
public enum Channel {
    WEB, SMS, VOICE
}
