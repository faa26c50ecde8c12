package io.maitre.kitchen;

import com.google.protobuf.InvalidProtocolBufferException;
import io.maitre.kitchen.v1.Ticket;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The kitchen_tickets, kitchen_ticket_acks and kitchen_sequence tables; joins the caller's transaction. */
@Repository
class Tickets {

    private static final String COLUMNS = "ticket_id, order_id, outlet_id, sequence_no, state, stations, body,"
            + " order_status, hold_reason, stock, created_at, released_at, first_acked_at, escalated_at";
    private static final int MAX_REASON_LENGTH = 500;

    private final JdbcClient jdbc;

    Tickets(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /**
     * The next ticket sequence. The row lock taken here is held until the caller's transaction
     * ends, which keeps sequences committing in the order they were handed out.
     */
    long nextSequence() {
        jdbc.sql("UPDATE kitchen_sequence SET last_value = last_value + 1 WHERE name = 'tickets'").update();
        return jdbc.sql("SELECT last_value FROM kitchen_sequence WHERE name = 'tickets'").query(Long.class).single();
    }

    boolean existsForOrder(String orderId) {
        return jdbc.sql("SELECT COUNT(*) FROM kitchen_tickets WHERE order_id = ?").param(orderId)
                .query(Integer.class).single() > 0;
    }

    void insert(Ticket body, long outboxId, Long sequence, TicketState state, Set<String> stations, String orderStatus,
                String holdReason, StockState stock, Instant now) {
        jdbc.sql("INSERT INTO kitchen_tickets (ticket_id, order_id, outlet_id, outbox_id, sequence_no, state, stations,"
                        + " body, order_status, hold_reason, stock, created_at, released_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(body.getTicketId(), body.getOrderId(), body.getOutletId(), outboxId, sequence, state.name(),
                        String.join(",", stations), body.toByteArray(), orderStatus, trim(holdReason), stock.name(),
                        utc(now), state == TicketState.OPEN ? utc(now) : null)
                .update();
    }

    Optional<StoredTicket> find(String ticketId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM kitchen_tickets WHERE ticket_id = ?").param(ticketId)
                .query(Tickets::map).optional();
    }

    Optional<StoredTicket> findByOrder(String orderId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM kitchen_tickets WHERE order_id = ?").param(orderId)
                .query(Tickets::map).optional();
    }

    /** Open tickets of the outlet with a sequence above {@code after}, in sequence order. */
    List<StoredTicket> openAfter(String outletId, long after, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM kitchen_tickets WHERE outlet_id = ? AND state = 'OPEN'"
                        + " AND sequence_no > ? ORDER BY sequence_no LIMIT ?")
                .params(outletId, after, limit)
                .query(Tickets::map).list();
    }

    /** Open tickets of the outlet up to a sequence that this terminal has not acknowledged. */
    List<StoredTicket> unackedUpTo(String outletId, long upTo, String terminalId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM kitchen_tickets t WHERE outlet_id = ? AND state = 'OPEN'"
                        + " AND sequence_no <= ? AND NOT EXISTS (SELECT 1 FROM kitchen_ticket_acks a"
                        + " WHERE a.ticket_id = t.ticket_id AND a.terminal_id = ?) ORDER BY sequence_no")
                .params(outletId, upTo, terminalId)
                .query(Tickets::map).list();
    }

    /** Tickets of the outlet that are held or not acknowledged by any terminal yet, oldest first. */
    List<StoredTicket> waiting(String outletId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM kitchen_tickets WHERE outlet_id = ?"
                        + " AND (state = 'HELD' OR (state = 'OPEN' AND first_acked_at IS NULL)) ORDER BY created_at")
                .param(outletId)
                .query(Tickets::map).list();
    }

    /** Tickets not closed yet (open or held), oldest first. */
    List<StoredTicket> unfinished() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM kitchen_tickets WHERE state IN ('OPEN', 'HELD') ORDER BY created_at")
                .query(Tickets::map).list();
    }

    /** Records that a terminal shows the ticket; false when it had already said so. */
    boolean recordAck(String ticketId, String terminalId, String station, Instant now) {
        try {
            return jdbc.sql("INSERT INTO kitchen_ticket_acks (ticket_id, terminal_id, station, acked_at) VALUES (?, ?, ?, ?)")
                    .params(ticketId, terminalId, station, utc(now))
                    .update() == 1;
        } catch (DuplicateKeyException again) {
            return false;
        }
    }

    /** Sets the time of the first acknowledgement; true only for the first call. */
    boolean markFirstAck(String ticketId, Instant now) {
        return jdbc.sql("UPDATE kitchen_tickets SET first_acked_at = ? WHERE ticket_id = ? AND first_acked_at IS NULL")
                .params(utc(now), ticketId)
                .update() == 1;
    }

    /** Open tickets released before {@code before} that no terminal has acknowledged and nobody escalated. */
    List<StoredTicket> unclaimedSince(Instant before) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM kitchen_tickets WHERE state = 'OPEN' AND first_acked_at IS NULL"
                        + " AND escalated_at IS NULL AND released_at < ? ORDER BY sequence_no")
                .param(utc(before))
                .query(Tickets::map).list();
    }

    void markEscalated(String ticketId, Instant now) {
        jdbc.sql("UPDATE kitchen_tickets SET escalated_at = ? WHERE ticket_id = ?").params(utc(now), ticketId).update();
    }

    /** A HELD ticket becomes OPEN with a new sequence; false when it was not held. */
    boolean release(String ticketId, long sequence, Instant now) {
        return jdbc.sql("UPDATE kitchen_tickets SET state = 'OPEN', sequence_no = ?, released_at = ?, escalated_at = NULL"
                        + " WHERE ticket_id = ? AND state = 'HELD'")
                .params(sequence, utc(now), ticketId)
                .update() == 1;
    }

    void updateOrderStatus(String ticketId, String orderStatus, boolean close, Instant now) {
        if (close) {
            jdbc.sql("UPDATE kitchen_tickets SET order_status = ?, state = 'CLOSED', closed_at = ? WHERE ticket_id = ?")
                    .params(orderStatus, utc(now), ticketId)
                    .update();
        } else {
            jdbc.sql("UPDATE kitchen_tickets SET order_status = ? WHERE ticket_id = ?")
                    .params(orderStatus, ticketId)
                    .update();
        }
    }

    /** Moves the stock state, only from {@code from}; false when it was elsewhere. */
    boolean moveStock(String ticketId, StockState from, StockState to) {
        return jdbc.sql("UPDATE kitchen_tickets SET stock = ? WHERE ticket_id = ? AND stock = ?")
                .params(to.name(), ticketId, from.name())
                .update() == 1;
    }

    /** Tickets whose commit or release has not reached the inventory service. */
    List<StoredTicket> stockPending(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM kitchen_tickets WHERE stock IN ('COMMIT_PENDING', 'RELEASE_PENDING')"
                        + " ORDER BY created_at LIMIT ?")
                .param(limit)
                .query(Tickets::map).list();
    }

    private static StoredTicket map(ResultSet rs, int row) throws SQLException {
        long sequence = rs.getLong("sequence_no");
        Long sequenceOrNull = rs.wasNull() ? null : sequence;
        Ticket body;
        try {
            body = Ticket.parseFrom(rs.getBytes("body"));
        } catch (InvalidProtocolBufferException corrupt) {
            throw new SQLException("Ticket " + rs.getString("ticket_id") + " has an unreadable body", corrupt);
        }
        Set<String> stations = new LinkedHashSet<>(Arrays.asList(rs.getString("stations").split(",")));
        stations.remove("");
        return new StoredTicket(rs.getString("ticket_id"), rs.getString("order_id"), rs.getString("outlet_id"),
                sequenceOrNull, TicketState.valueOf(rs.getString("state")), Set.copyOf(stations), body,
                rs.getString("order_status"), rs.getString("hold_reason"), StockState.valueOf(rs.getString("stock")),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("released_at")),
                instant(rs.getTimestamp("first_acked_at")), instant(rs.getTimestamp("escalated_at")));
    }

    private static String trim(String reason) {
        return reason == null ? null : reason.substring(0, Math.min(reason.length(), MAX_REASON_LENGTH));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
