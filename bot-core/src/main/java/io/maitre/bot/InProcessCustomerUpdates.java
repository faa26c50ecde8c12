package io.maitre.bot;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Embedded mode: one instance, so updates go straight to its own channels. */
@Component
@ConditionalOnProperty(name = "maitre.conversations.store", havingValue = "memory", matchIfMissing = true)
class InProcessCustomerUpdates implements CustomerUpdates {

    private final LocalPushes local;

    InProcessCustomerUpdates(LocalPushes local) {
        this.local = local;
    }

    @Override
    public void publish(CustomerUpdate update) {
        local.deliver(update);
    }
}
