package io.maitre.inventory.reference;

import io.maitre.inventory.v1.ItemAvailability;
import io.maitre.inventory.v1.ReservationStatus;
import io.maitre.inventory.v1.ReserveRequest;
import io.maitre.inventory.v1.ReserveResponse;
import io.maitre.inventory.v1.Shortage;
import io.maitre.inventory.v1.StockLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Stock on hand per outlet and item, and the reservations of orders. Items not listed are
 * untracked: always available, never counted. One lock guards everything, and watchers are told
 * of changes under it, so a watcher's snapshot and the changes after it never interleave.
 */
final class StockBook {

    private final Map<String, Map<String, Integer>> onHand = new TreeMap<>();
    private final Map<String, Held> reservations = new HashMap<>();
    private final List<Watch> watches = new CopyOnWriteArrayList<>();

    StockBook(Map<String, Map<String, Integer>> initial) {
        initial.forEach((outlet, items) -> onHand.put(outlet, new TreeMap<>(items)));
    }

    synchronized ReserveResponse reserve(ReserveRequest request) {
        Held existing = reservations.get(request.getOrderId());
        if (existing != null) {
            return ReserveResponse.newBuilder().setStatus(ReservationStatus.RESERVATION_STATUS_RESERVED).build();
        }
        Map<String, Integer> wanted = new LinkedHashMap<>();
        for (StockLine line : request.getLinesList()) {
            wanted.merge(line.getItemId(), line.getQuantity(), Integer::sum);
        }
        Map<String, Integer> stock = onHand.getOrDefault(request.getOutletId(), Map.of());
        List<Shortage> shortages = new ArrayList<>();
        wanted.forEach((item, quantity) -> {
            Integer left = stock.get(item);
            if (left != null && left < quantity) {
                shortages.add(Shortage.newBuilder().setItemId(item).setRequested(quantity).setAvailable(left).build());
            }
        });
        if (!shortages.isEmpty()) {
            return ReserveResponse.newBuilder().setStatus(ReservationStatus.RESERVATION_STATUS_INSUFFICIENT_STOCK)
                    .addAllShortages(shortages).build();
        }
        Map<String, Integer> tracked = new LinkedHashMap<>();
        wanted.forEach((item, quantity) -> {
            if (stock.containsKey(item)) {
                tracked.put(item, quantity);
                change(request.getOutletId(), item, stock.get(item) - quantity);
            }
        });
        reservations.put(request.getOrderId(), new Held(request.getOutletId(), tracked, true));
        return ReserveResponse.newBuilder().setStatus(ReservationStatus.RESERVATION_STATUS_RESERVED).build();
    }

    /** Consumes an open reservation; false when the order holds nothing. */
    synchronized boolean commit(String orderId) {
        Held held = reservations.get(orderId);
        if (held == null || !held.open()) {
            return false;
        }
        reservations.put(orderId, new Held(held.outlet(), held.quantities(), false));
        return true;
    }

    /** Gives an open reservation back; false when the order holds nothing. */
    synchronized boolean release(String orderId) {
        Held held = reservations.get(orderId);
        if (held == null || !held.open()) {
            return false;
        }
        reservations.put(orderId, new Held(held.outlet(), held.quantities(), false));
        Map<String, Integer> stock = onHand.get(held.outlet());
        held.quantities().forEach((item, quantity) -> {
            if (stock != null && stock.containsKey(item)) {
                change(held.outlet(), item, stock.get(item) + quantity);
            }
        });
        return true;
    }

    /** Sets the stock on hand of an item (starts tracking it if it was not). */
    synchronized ItemAvailability set(String outlet, String item, int quantity) {
        return change(outlet, item, Math.max(0, quantity));
    }

    /** Every tracked item of the outlets (all outlets when empty). */
    synchronized List<ItemAvailability> snapshot(Set<String> outlets) {
        List<ItemAvailability> items = new ArrayList<>();
        onHand.forEach((outlet, stock) -> {
            if (outlets.isEmpty() || outlets.contains(outlet)) {
                stock.forEach((item, quantity) -> items.add(availability(outlet, item, quantity)));
            }
        });
        return items;
    }

    /**
     * Hands the snapshot of the outlets to {@code onSnapshot} and then every change to
     * {@code onChange}, until the returned handle is run.
     */
    synchronized Runnable watch(Set<String> outlets, Consumer<List<ItemAvailability>> onSnapshot,
                                Consumer<ItemAvailability> onChange) {
        onSnapshot.accept(snapshot(outlets));
        Watch watch = new Watch(outlets, onChange);
        watches.add(watch);
        return () -> watches.remove(watch);
    }

    private ItemAvailability change(String outlet, String item, int quantity) {
        onHand.computeIfAbsent(outlet, key -> new TreeMap<>()).put(item, quantity);
        ItemAvailability changed = availability(outlet, item, quantity);
        for (Watch watch : watches) {
            if (watch.outlets().isEmpty() || watch.outlets().contains(outlet)) {
                watch.onChange().accept(changed);
            }
        }
        return changed;
    }

    private static ItemAvailability availability(String outlet, String item, int quantity) {
        return ItemAvailability.newBuilder().setOutletId(outlet).setItemId(item).setAvailable(quantity > 0)
                .setQuantity(quantity).build();
    }

    /** Stock held for one order; {@code open} until committed or released. */
    private record Held(String outlet, Map<String, Integer> quantities, boolean open) {
    }

    private record Watch(Set<String> outlets, Consumer<ItemAvailability> onChange) {
    }
}
