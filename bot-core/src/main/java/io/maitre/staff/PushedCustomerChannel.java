package io.maitre.staff;

import io.maitre.conversation.Conversation;
import org.springframework.stereotype.Component;

/** Sends to the customer through the channel adapters' pushes, on every instance (the socket may be on any). */
@Component
class PushedCustomerChannel implements CustomerChannel {

    private final StaffSignals signals;

    PushedCustomerChannel(StaffSignals signals) {
        this.signals = signals;
    }

    @Override
    public void send(Conversation conversation, String from, String text) {
        signals.publish(StaffSignal.customer(conversation.key(), conversation.outletId(), from, text,
                conversation.escalated()));
    }
}
