package io.maitre.kitchen.terminal;

import io.grpc.Status;
import io.maitre.kitchen.v1.BumpResult;
import io.maitre.kitchen.v1.BumpStatus;
import io.maitre.kitchen.v1.FulfillmentMode;
import io.maitre.kitchen.v1.Ticket;
import io.maitre.kitchen.v1.TicketUpdate;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cook's view: open tickets oldest first with their age, one selected; keys bump the
 * selected one. Drawn with plain ANSI escapes.
 */
final class TerminalScreen implements TerminalClient.Listener {

    private static final String CLEAR = "\033[H\033[2J";
    private static final String BOLD = "\033[1m";
    private static final String REVERSE = "\033[7m";
    private static final String RESET = "\033[0m";
    private static final Set<String> GONE = Set.of("COMPLETED", "CANCELLED");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    static final String KEYS = "keys: j/k or arrows select, a accept, p in progress, r ready, c complete, u recall,"
            + " R reconnect, q quit";

    private final PrintStream out;
    private final String title;
    private final Map<String, Ticket> open = new LinkedHashMap<>();
    private final Map<String, String> statuses = new LinkedHashMap<>();
    private int selected;
    private String message = "";
    private boolean connected;

    TerminalScreen(PrintStream out, String title) {
        this.out = out;
        this.title = title;
    }

    @Override
    public synchronized void ticket(Ticket ticket) {
        if (!GONE.contains(ticket.getOrderStatus())) {
            open.put(ticket.getTicketId(), ticket);
            statuses.put(ticket.getTicketId(), ticket.getOrderStatus());
            message = "new ticket #" + ticket.getOrderNumber();
        }
        draw();
    }

    @Override
    public synchronized void update(TicketUpdate update) {
        status(update.getTicketId(), update.getOrderStatus());
        draw();
    }

    @Override
    public synchronized void bumpResult(BumpResult result) {
        if (result.getAccepted()) {
            status(result.getTicketId(), result.getOrderStatus());
            message = "";
        } else {
            message = "bump refused: " + result.getError();
        }
        draw();
    }

    @Override
    public synchronized void connected() {
        connected = true;
        message = "connected";
        draw();
    }

    @Override
    public synchronized void disconnected(Status status) {
        connected = false;
        message = "connection lost (" + status.getCode()
                + (status.getDescription() == null ? "" : ": " + status.getDescription()) + "), reconnecting";
        draw();
    }

    /** Handles one key; false to quit. */
    synchronized boolean key(char key, TerminalClient client) {
        List<String> ids = new ArrayList<>(open.keySet());
        switch (key) {
            case 'q' -> {
                return false;
            }
            case 'j', 'B' -> selected = Math.min(selected + 1, Math.max(0, ids.size() - 1));
            case 'k', 'A' -> selected = Math.max(selected - 1, 0);
            case 'a' -> bump(ids, client, BumpStatus.BUMP_STATUS_ACCEPTED);
            case 'p' -> bump(ids, client, BumpStatus.BUMP_STATUS_IN_PROGRESS);
            case 'r' -> bump(ids, client, BumpStatus.BUMP_STATUS_READY);
            case 'c' -> bump(ids, client, BumpStatus.BUMP_STATUS_COMPLETED);
            case 'u' -> bump(ids, client, BumpStatus.BUMP_STATUS_RECALL);
            case 'R' -> client.reconnect();
            default -> {
                return true;
            }
        }
        draw();
        return true;
    }

    synchronized void draw() {
        Instant now = Instant.now();
        StringBuilder screen = new StringBuilder(CLEAR);
        screen.append(BOLD).append(title).append(RESET).append(connected ? "  [connected]" : "  [not connected]")
                .append("  ").append(open.size()).append(" open\n\n");
        int row = 0;
        for (Ticket ticket : open.values()) {
            String head = String.format("#%s  %6s  %-11s  %s%s", ticket.getOrderNumber(), age(ticket, now),
                    statuses.get(ticket.getTicketId()), fulfillment(ticket),
                    ticket.getCustomerFirstName().isEmpty() ? "" : "  " + ticket.getCustomerFirstName());
            screen.append(row == selected ? REVERSE + "> " + head + RESET : "  " + head).append('\n');
            for (String line : TicketJson.describeLines(ticket)) {
                screen.append("      ").append(line).append('\n');
            }
            row++;
        }
        if (open.isEmpty()) {
            screen.append("  no open tickets\n");
        }
        screen.append('\n').append(message).append('\n').append(KEYS).append('\n');
        out.print(screen);
        out.flush();
    }

    private void bump(List<String> ids, TerminalClient client, BumpStatus status) {
        if (ids.isEmpty()) {
            return;
        }
        String ticketId = ids.get(Math.min(selected, ids.size() - 1));
        message = client.bump(ticketId, status) ? "bumping #" + open.get(ticketId).getOrderNumber() : "not connected";
    }

    private void status(String ticketId, String status) {
        if (!open.containsKey(ticketId)) {
            return;
        }
        if (GONE.contains(status)) {
            open.remove(ticketId);
            statuses.remove(ticketId);
            selected = Math.max(0, Math.min(selected, open.size() - 1));
        } else {
            statuses.put(ticketId, status);
        }
    }

    private static String age(Ticket ticket, Instant now) {
        Duration age = Duration.between(Instant.ofEpochSecond(ticket.getPlacedAt().getSeconds()), now);
        long seconds = Math.max(0, age.toSeconds());
        return seconds < 3600 ? String.format("%dm%02ds", seconds / 60, seconds % 60)
                : String.format("%dh%02dm", seconds / 3600, seconds % 3600 / 60);
    }

    static String fulfillment(Ticket ticket) {
        String mode = ticket.getFulfillment().getMode() == FulfillmentMode.FULFILLMENT_MODE_DELIVERY ? "delivery" : "pickup";
        Instant promised = Instant.ofEpochSecond(ticket.getPromisedTime().getSeconds());
        return mode + " " + CLOCK.format(promised.atZone(zoneOf(ticket)));
    }

    /** The outlet's zone, which every time on the screen is shown in; this machine's for a ticket without one. */
    static ZoneId zoneOf(Ticket ticket) {
        return ticket.getTimeZone().isEmpty() ? ZoneId.systemDefault() : ZoneId.of(ticket.getTimeZone());
    }
}
