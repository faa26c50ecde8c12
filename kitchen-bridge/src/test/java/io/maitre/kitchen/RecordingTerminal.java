package io.maitre.kitchen;

import static org.awaitility.Awaitility.await;

import io.maitre.kitchen.terminal.TerminalClient;
import io.maitre.kitchen.v1.BumpResult;
import io.maitre.kitchen.v1.Ticket;
import io.maitre.kitchen.v1.TicketUpdate;
import io.maitre.order.OrderId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A kitchen terminal on a real socket that records what it shows. */
final class RecordingTerminal implements TerminalClient.Listener, AutoCloseable {

    final List<Ticket> shown = new CopyOnWriteArrayList<>();
    final Map<String, Long> receivedAt = new ConcurrentHashMap<>();
    final List<TicketUpdate> updates = new CopyOnWriteArrayList<>();
    final List<BumpResult> bumpResults = new CopyOnWriteArrayList<>();
    final TerminalClient client;

    private RecordingTerminal(int port, String outlet, String station, String terminalId) {
        this.client = new TerminalClient("127.0.0.1:" + port, outlet, station, terminalId, this);
    }

    static RecordingTerminal connect(int port, String station, String terminalId) {
        RecordingTerminal terminal = new RecordingTerminal(port, "demo", station, terminalId);
        terminal.client.start();
        await().atMost(Duration.ofSeconds(10)).until(terminal.client::isConnected);
        return terminal;
    }

    @Override
    public void ticket(Ticket ticket) {
        receivedAt.putIfAbsent(ticket.getOrderId(), System.nanoTime());
        shown.add(ticket);
    }

    @Override
    public void update(TicketUpdate update) {
        updates.add(update);
    }

    @Override
    public void bumpResult(BumpResult result) {
        bumpResults.add(result);
    }

    /** Waits for the ticket of the order. */
    Ticket ticketOf(OrderId order) {
        await().atMost(Duration.ofSeconds(10)).until(() -> shownOf(order) > 0);
        return shown.stream().filter(t -> t.getOrderId().equals(order.toString())).findFirst().orElseThrow();
    }

    long shownOf(OrderId order) {
        return shown.stream().filter(t -> t.getOrderId().equals(order.toString())).count();
    }

    @Override
    public void close() throws InterruptedException {
        client.close();
    }
}
