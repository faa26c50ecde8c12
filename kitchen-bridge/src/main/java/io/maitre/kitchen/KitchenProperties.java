package io.maitre.kitchen;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the kitchen bridge ({@code maitre.kitchen.*}).
 *
 * @param grpc           the server kitchen terminals dial into
 * @param relay          the outbox relay that turns placed orders into tickets
 * @param stations       menu category to station, e.g. {@code pizza: oven}; merged over the defaults
 *                       {@code pizza: oven, drink: drinks, side: oven, dessert: prep}
 * @param unclaimedAfter a ticket no terminal has acknowledged after this long flags its order
 *                       NEEDS_ATTENTION for staff
 * @param asapPrepTime   the promised time of an "as soon as possible" order of an outlet without a menu is
 *                       placement plus this (with a menu, plus the outlet's lead time)
 */
@ConfigurationProperties("maitre.kitchen")
public record KitchenProperties(@DefaultValue Grpc grpc, @DefaultValue Relay relay, Map<String, String> stations,
                                @DefaultValue("5m") Duration unclaimedAfter,
                                @DefaultValue("20m") Duration asapPrepTime) {

    /** Stations that see every line of every ticket. */
    public static final Set<String> ALL_STATIONS = Set.of("all", "expo");

    private static final Map<String, String> DEFAULT_STATIONS =
            Map.of("pizza", "oven", "drink", "drinks", "side", "oven", "dessert", "prep");

    public KitchenProperties {
        Map<String, String> merged = new HashMap<>(DEFAULT_STATIONS);
        if (stations != null) {
            merged.putAll(stations);
        }
        stations = Map.copyOf(merged);
    }

    /**
     * @param enabled              false to run without the terminal server (e.g. in tests of other modules)
     * @param address              the interface to listen on; terminals sit on the kitchen's network
     * @param port                 0 picks a free port (tests)
     * @param keepAliveTime        the server pings an idle connection this often
     * @param keepAliveTimeout     and drops it when a ping is not answered within this
     * @param permitKeepAliveTime  the shortest ping interval a terminal may use
     * @param subscribeTimeout     a stream that has not subscribed after this long is closed
     * @param shutdownGrace        how long open calls may finish when the service stops; terminal streams are then closed, and terminals reconnect
     */
    public record Grpc(@DefaultValue("true") boolean enabled, @DefaultValue("0.0.0.0") String address,
                       @DefaultValue("9090") int port, @DefaultValue("30s") Duration keepAliveTime,
                       @DefaultValue("10s") Duration keepAliveTimeout,
                       @DefaultValue("10s") Duration permitKeepAliveTime,
                       @DefaultValue("10s") Duration subscribeTimeout,
                       @DefaultValue("1s") Duration shutdownGrace) {
    }

    /**
     * @param enabled        false to leave the outbox alone (another instance relays)
     * @param interval       how often the relay looks at the outbox when no order wakes it
     * @param batchSize      outbox messages read per look
     * @param initialBackoff the wait before retrying a failed message; doubles with each failure
     * @param maxBackoff     the longest wait between retries
     * @param maxAttempts    after this many failures the order is handed to staff (NEEDS_ATTENTION)
     */
    public record Relay(@DefaultValue("true") boolean enabled, @DefaultValue("500ms") Duration interval,
                        @DefaultValue("50") int batchSize, @DefaultValue("1s") Duration initialBackoff,
                        @DefaultValue("1m") Duration maxBackoff, @DefaultValue("10") int maxAttempts) {
    }

    /** The station that prepares items of this menu category; unknown categories go to {@code prep}. */
    public String stationOf(String category) {
        return stations.getOrDefault(category, "prep");
    }
}
