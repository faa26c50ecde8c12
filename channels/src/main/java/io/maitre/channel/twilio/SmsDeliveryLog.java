package io.maitre.channel.twilio;

/** Records the delivery status Twilio reports for each outbound message. */
public interface SmsDeliveryLog {

    /**
     * Records a status of a message; a status that Twilio reports late (e.g. {@code sent} after {@code delivered})
     * does not replace a later one.
     *
     * @param messageSid the message's id
     * @param status Twilio's status, e.g. {@code sent}, {@code delivered}, {@code undelivered}, {@code failed}
     * @param errorCode Twilio's error code, or {@code null}
     */
    void record(String messageSid, String status, String errorCode);
}
