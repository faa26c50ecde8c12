package io.maitre.channel.twilio;

import io.maitre.channel.BotMessage;
import io.maitre.channel.Channel;
import io.maitre.channel.ConversationPush;
import io.maitre.channel.ConversationRef;
import io.maitre.channel.OrderView;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Texts customers when their order reaches one of the configured statuses: those who ordered by SMS or by phone at
 * their own number, and web chat customers only at a number they confirmed with a code ({@link SmsConfirmations});
 * a number merely typed into web chat is never texted. Every instance may receive the same update (production
 * publishes it to all), so each status of an order is claimed in the shared store and only the instance that claims
 * it texts. Sending happens off the caller's thread.
 */
public final class SmsPush implements ConversationPush, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SmsPush.class);
    private static final String CLAIM = "maitre:twilio:push:";
    private static final Duration CLAIM_WINDOW = Duration.ofDays(2);

    private final SmsSender sender;
    private final TwilioOutlets outlets;
    private final TwilioStore store;
    private final TwilioProperties properties;
    private final ExecutorService executor;

    SmsPush(SmsSender sender, TwilioOutlets outlets, TwilioStore store, TwilioProperties properties,
            ExecutorService executor) {
        this.sender = sender;
        this.outlets = outlets;
        this.store = store;
        this.properties = properties;
        this.executor = executor;
    }

    @Override
    public boolean supports(Channel channel) {
        return true;
    }

    @Override
    public void orderUpdated(ConversationRef conversation, OrderView order, BotMessage message) {
        if (!properties.canSend() || !properties.sms().notifyStatuses().contains(order.status())) {
            return;
        }
        Optional<TwilioOutlet> outlet = outlets.byId(order.outletId());
        Optional<Route> route = route(conversation, order, outlet);
        if (route.isEmpty()) {
            if (conversation.channel() != Channel.WEB) {
                log.info("Order {} ({}) has no number to text its status to", order.number(),
                        conversation.channel());
            }
            return;
        }
        if (!store.claim(CLAIM + order.orderId() + ":" + order.status(), CLAIM_WINDOW)) {
            return;
        }
        String name = outlet.map(TwilioOutlet::name).orElse(null);
        String text = Gsm7.normalize(name == null || message.text().contains(name)
                ? message.text() : name + ": " + message.text());
        queue(route.get().from(), route.get().to(), text, "the status text of order " + order.number());
    }

    /**
     * Texts a staff member's reply (or the bot's word that it is back) to an SMS thread, from the thread's own
     * number. The caller sends it once (not on every instance); a call has no thread to answer on.
     */
    @Override
    public void said(ConversationRef conversation, String from, BotMessage message, boolean escalated) {
        if (!properties.canSend() || conversation.channel() != Channel.SMS) {
            return;
        }
        int colon = conversation.id().indexOf(':');
        if (colon <= 0) {
            return;
        }
        queue(conversation.id().substring(0, colon), conversation.id().substring(colon + 1),
                Gsm7.normalize(message.text()), "a staff text to " + conversation.key());
    }

    /** Sends a text off the caller's thread; {@code what} names it in the log when it cannot be queued. */
    void queue(String from, String to, String text, String what) {
        try {
            executor.execute(() -> sender.send(from, to, text));
        } catch (RejectedExecutionException e) {
            log.warn("Could not queue {}: {}", what, e.getMessage());
        }
    }

    /** Stops taking texts; those already queued are still sent. */
    @Override
    public void close() {
        executor.shutdown();
    }

    private record Route(String from, String to) {
    }

    /**
     * A text thread answers on its own numbers; a call is texted from the outlet's first number to the caller; a web
     * chat from the outlet's first number to the number its customer confirmed, and not at all without one.
     */
    private Optional<Route> route(ConversationRef conversation, OrderView order, Optional<TwilioOutlet> outlet) {
        if (conversation.channel() == Channel.SMS) {
            int colon = conversation.id().indexOf(':');
            if (colon > 0) {
                return Optional.of(new Route(conversation.id().substring(0, colon),
                        conversation.id().substring(colon + 1)));
            }
            return Optional.empty();
        }
        String from = outlet.map(TwilioOutlet::sendingNumber).orElse(null);
        String to = conversation.channel() == Channel.WEB
                ? store.get(SmsConfirmations.CONFIRMED + conversation.key()).orElse(null)
                : order.customer() == null ? null : order.customer().phone();
        return PhoneNumbers.isE164(to) && from != null ? Optional.of(new Route(from, to)) : Optional.empty();
    }
}
