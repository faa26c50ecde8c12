package io.maitre.channel.twilio;

/**
 * Our own list of customers who texted STOP to one of our numbers, kept whatever Twilio's own opt-out handling
 * does. Numbers are E.164.
 */
public interface SmsOptOuts {

    boolean isOptedOut(String ourNumber, String customerNumber);

    void optOut(String ourNumber, String customerNumber);

    void optIn(String ourNumber, String customerNumber);
}
