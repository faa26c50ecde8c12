package io.maitre.kitchen.bench;

import io.grpc.Server;
import io.maitre.cart.Cart;
import io.maitre.cart.CartEditor;
import io.maitre.cart.ItemSelection;
import io.maitre.cart.OptionChoice;
import io.maitre.inventory.reference.ReferenceInventory;
import io.maitre.kitchen.KitchenTestApplication;
import io.maitre.kitchen.grpc.KitchenServer;
import io.maitre.kitchen.terminal.TerminalClient;
import io.maitre.kitchen.v1.Ticket;
import io.maitre.menu.AvailabilityProvider;
import io.maitre.menu.Menu;
import io.maitre.menu.MenuCatalog;
import io.maitre.menu.OutletId;
import io.maitre.order.Customer;
import io.maitre.order.Fulfillment;
import io.maitre.order.PlaceOrder;
import io.maitre.order.PlaceOrderCommand;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures, over loopback sockets, (1) order placed (committed) to ticket shown on a connected
 * terminal, the relay reserving stock with an external inventory service on the way, and (2) an
 * item sold out in the inventory service to the availability cache reporting it unavailable.
 * Run: {@code java -cp ... io.maitre.kitchen.bench.KitchenBenchmark [orders] [soldOutRounds]}.
 */
public final class KitchenBenchmark {

    private KitchenBenchmark() {
    }

    /** Latencies in milliseconds, sorted. */
    public record Result(double[] placedToTicket, double[] soldOutToUnavailable) {

        public double percentile(double[] sorted, double p) {
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }

        public String report() {
            return String.format(Locale.ROOT, """
                    order placed -> ticket on terminal (%d orders): p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms
                    sold out -> unavailable (%d rounds): p50 %.2f ms, p99 %.2f ms, max %.2f ms""",
                    placedToTicket.length, percentile(placedToTicket, 50), percentile(placedToTicket, 90),
                    percentile(placedToTicket, 99), placedToTicket[placedToTicket.length - 1],
                    soldOutToUnavailable.length, percentile(soldOutToUnavailable, 50),
                    percentile(soldOutToUnavailable, 99), soldOutToUnavailable[soldOutToUnavailable.length - 1]);
        }
    }

    public static void main(String[] args) throws Exception {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        System.out.println(run(orders, rounds).report());
    }

    public static Result run(int orders, int soldOutRounds) throws Exception {
        ReferenceInventory inventory = ReferenceInventory.of(Map.of("demo", Map.of("pizza", 1_000_000, "coke", 1_000_000)));
        int inventoryPort = freePort();
        Server inventoryServer = inventory.serve("127.0.0.1", inventoryPort);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KitchenTestApplication.class).run(
                "--maitre.inventory.target=127.0.0.1:" + inventoryPort,
                "--logging.level.io.maitre=WARN", "--logging.level.org.springframework=WARN",
                "--logging.level.org.hibernate=WARN", "--logging.level.com.zaxxer=WARN")) {
            double[] tickets = placedToTicket(context, orders);
            double[] soldOut = soldOutToUnavailable(context.getBean(AvailabilityProvider.class), inventory, soldOutRounds);
            return new Result(tickets, soldOut);
        } finally {
            inventoryServer.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static double[] placedToTicket(ConfigurableApplicationContext context, int orders) throws Exception {
        PlaceOrder placeOrder = context.getBean(PlaceOrder.class);
        Menu demo = context.getBean(MenuCatalog.class).menu("demo").orElseThrow();
        CartEditor editor = new CartEditor(demo);
        Cart cart = editor.add(editor.add(Cart.empty(),
                ItemSelection.of("pizza", OptionChoice.of("size", "large"))), ItemSelection.of("coke"));
        PlaceOrderCommand command = new PlaceOrderCommand(demo.outletId(), cart, Fulfillment.pickupAsap(),
                new Customer("Bench Marker", "+15550100"), "web", "web:bench");
        BlockingQueue<Arrival> arrivals = new LinkedBlockingQueue<>();
        int port = context.getBean(KitchenServer.class).port();
        try (TerminalClient terminal = new TerminalClient("127.0.0.1:" + port, "demo", "all", "bench",
                (Ticket ticket) -> arrivals.add(new Arrival(ticket.getOrderId(), System.nanoTime())))) {
            terminal.start();
            waitFor(terminal::isConnected, 10_000);
            int warmUp = Math.min(200, orders);
            List<Double> latencies = new ArrayList<>();
            for (int i = 0; i < warmUp + orders; i++) {
                String orderId = placeOrder.place(command).id().toString();
                long placed = System.nanoTime();
                Arrival arrival = arrivals.poll(5, TimeUnit.SECONDS);
                if (arrival == null || !arrival.orderId().equals(orderId)) {
                    throw new IllegalStateException("Expected the ticket of " + orderId + ", got " + arrival);
                }
                if (i >= warmUp) {
                    latencies.add((arrival.nanos() - placed) / 1e6);
                }
                Thread.sleep(5);
            }
            return sorted(latencies);
        }
    }

    private static double[] soldOutToUnavailable(AvailabilityProvider availability, ReferenceInventory inventory,
                                                 int rounds) {
        OutletId demo = new OutletId("demo");
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            waitFor(() -> availability.isAvailable(demo, "coke"), 5_000);
            long start = System.nanoTime();
            inventory.setStock("demo", "coke", 0);
            waitFor(() -> !availability.isAvailable(demo, "coke"), 5_000);
            latencies.add((System.nanoTime() - start) / 1e6);
            inventory.setStock("demo", "coke", 1_000_000);
        }
        return sorted(latencies);
    }

    private record Arrival(String orderId, long nanos) {
    }

    private static double[] sorted(List<Double> values) {
        double[] array = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(array);
        return array;
    }

    private static void waitFor(BooleanSupplier condition, long timeoutMillis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out after " + timeoutMillis + " ms");
            }
            LockSupport.parkNanos(20_000);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
