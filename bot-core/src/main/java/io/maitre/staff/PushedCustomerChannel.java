package io.maitre.staff;

import io.maitre.channel.Channel;
import io.maitre.conversation.Conversation;
import org.springframework.stereotype.Component;

/**
 * Sends to the customer through the channel adapters' pushes: for web chat on every instance (the socket may be on
 * any), for a text thread once, from this instance (a text goes out through Twilio's API from anywhere).
 */
@Component
class PushedCustomerChannel implements CustomerChannel {

    private final StaffSignals signals;
    private final SignalDelivery local;

    PushedCustomerChannel(StaffSignals signals, SignalDelivery local) {
        this.signals = signals;
        this.local = local;
    }

    @Override
    public void send(Conversation conversation, String from, String text) {
        StaffSignal signal = StaffSignal.customer(conversation.key(), conversation.outletId(), from, text,
                conversation.escalated());
        if (conversation.ref().channel() == Channel.WEB) {
            signals.publish(signal);
        } else {
            local.deliver(signal);
        }
    }
}
