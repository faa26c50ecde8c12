package io.maitre.staff;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Embedded mode: one instance, so signals go straight to its own consoles and customer sockets. */
@Component
@ConditionalOnProperty(name = "maitre.conversations.store", havingValue = "memory", matchIfMissing = true)
class InProcessStaffSignals implements StaffSignals {

    private final SignalDelivery delivery;

    InProcessStaffSignals(SignalDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void publish(StaffSignal signal) {
        delivery.deliver(signal);
    }
}
