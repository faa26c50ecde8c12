package io.maitre.order;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The outbox as a table; {@link #append} joins the caller's transaction. */
@Component
class JdbcOutbox implements Outbox {

    private static final int MAX_ERROR_LENGTH = 1000;

    private final JdbcClient jdbc;

    JdbcOutbox(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    void append(String type, OrderId orderId, String outletId, String payload, Instant createdAt) {
        jdbc.sql("INSERT INTO outbox (type, order_id, outlet_id, payload, created_at, attempts) VALUES (?, ?, ?, ?, ?, 0)")
                .params(type, orderId.toString(), outletId, payload, utc(createdAt))
                .update();
    }

    @Override
    public List<OutboxMessage> pending(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, not " + limit);
        }
        return jdbc.sql("SELECT id, type, order_id, outlet_id, payload, created_at, attempts FROM outbox"
                        + " WHERE dispatched_at IS NULL ORDER BY id LIMIT ?")
                .param(limit)
                .query((rs, row) -> new OutboxMessage(rs.getLong("id"), rs.getString("type"), rs.getString("order_id"),
                        rs.getString("outlet_id"), rs.getString("payload"), instant(rs.getTimestamp("created_at")),
                        rs.getInt("attempts")))
                .list();
    }

    @Override
    public void markDispatched(long id) {
        jdbc.sql("UPDATE outbox SET dispatched_at = ? WHERE id = ? AND dispatched_at IS NULL")
                .params(utc(Instant.now()), id)
                .update();
    }

    @Override
    public void recordFailure(long id, String error) {
        String trimmed = error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR_LENGTH));
        jdbc.sql("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?")
                .params(trimmed, id)
                .update();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
