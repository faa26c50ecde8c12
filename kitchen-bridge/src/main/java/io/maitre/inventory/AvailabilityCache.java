package io.maitre.inventory;

import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.maitre.inventory.v1.AvailabilityUpdate;
import io.maitre.inventory.v1.InventoryGrpc;
import io.maitre.inventory.v1.ItemAvailability;
import io.maitre.inventory.v1.WatchAvailabilityRequest;
import io.maitre.menu.AvailabilityProvider;
import io.maitre.menu.OutletId;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * What is sold out, kept current by the inventory service's WatchAvailability stream. A broken
 * stream is reopened with growing waits; meanwhile the last known state holds, and before the
 * first snapshot everything counts as available, so orders are still taken while inventory is
 * down (the reservation then decides).
 */
@Component
public class AvailabilityCache implements AvailabilityProvider, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AvailabilityCache.class);

    private final InventoryGrpc.InventoryStub stub;
    private final InventoryProperties properties;
    private final Map<String, Map<String, Boolean>> availableByOutlet = new ConcurrentHashMap<>();
    /** Made anew on each start: Spring may stop and start the context again (e.g. paused test contexts). */
    private volatile ScheduledExecutorService reconnects;
    private volatile boolean running;
    private volatile ClientCallStreamObserver<WatchAvailabilityRequest> call;
    private Duration backoff;

    AvailabilityCache(InventoryConnection connection, InventoryProperties properties) {
        this.stub = InventoryGrpc.newStub(connection.channel());
        this.properties = properties;
        this.backoff = properties.watchMinBackoff();
    }

    @Override
    public boolean isAvailable(OutletId outlet, String itemId) {
        return availableByOutlet.getOrDefault(outlet.value(), Map.of()).getOrDefault(itemId, true);
    }

    @Override
    public Set<String> unavailableItems(OutletId outlet) {
        return availableByOutlet.getOrDefault(outlet.value(), Map.of()).entrySet().stream()
                .filter(entry -> !entry.getValue())
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void start() {
        reconnects = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "inventory-watch");
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        reconnects.execute(this::watch);
    }

    @Override
    public void stop() {
        running = false;
        ClientCallStreamObserver<WatchAvailabilityRequest> open = call;
        if (open != null) {
            open.cancel("Maitre is stopping", null);
        }
        reconnects.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void watch() {
        if (!running) {
            return;
        }
        stub.watchAvailability(WatchAvailabilityRequest.getDefaultInstance(), new Watcher());
    }

    private void apply(AvailabilityUpdate update) {
        if (update.getSnapshot()) {
            Set<String> outlets = update.getItemsList().stream().map(ItemAvailability::getOutletId)
                    .collect(Collectors.toSet());
            availableByOutlet.keySet().retainAll(outlets);
            outlets.forEach(outlet -> availableByOutlet.put(outlet, new ConcurrentHashMap<>()));
        }
        for (ItemAvailability item : update.getItemsList()) {
            availableByOutlet.computeIfAbsent(item.getOutletId(), outlet -> new ConcurrentHashMap<>())
                    .put(item.getItemId(), item.getAvailable());
        }
    }

    private synchronized void reconnectLater() {
        if (!running) {
            return;
        }
        Duration wait = backoff;
        Duration doubled = backoff.multipliedBy(2);
        backoff = doubled.compareTo(properties.watchMaxBackoff()) > 0 ? properties.watchMaxBackoff() : doubled;
        try {
            reconnects.schedule(this::watch, wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            log.debug("Not reconnecting the availability watch: stopping");
        }
    }

    private synchronized void connected() {
        backoff = properties.watchMinBackoff();
    }

    private final class Watcher implements ClientResponseObserver<WatchAvailabilityRequest, AvailabilityUpdate> {

        @Override
        public void beforeStart(ClientCallStreamObserver<WatchAvailabilityRequest> requestStream) {
            call = requestStream;
        }

        @Override
        public void onNext(AvailabilityUpdate update) {
            if (update.getSnapshot()) {
                connected();
                log.info("Availability watch connected: {} tracked items", update.getItemsCount());
            }
            apply(update);
        }

        @Override
        public void onError(Throwable failure) {
            if (running) {
                log.warn("Availability watch broke ({}); reconnecting in {} ms", failure.getMessage(), backoff.toMillis());
            }
            reconnectLater();
        }

        @Override
        public void onCompleted() {
            reconnectLater();
        }
    }
}
