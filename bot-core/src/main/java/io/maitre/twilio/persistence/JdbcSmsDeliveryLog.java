package io.maitre.twilio.persistence;

import io.maitre.channel.twilio.SmsDeliveryLog;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Outbound message statuses in table {@code sms_deliveries}. Twilio's callbacks may arrive out of order, so each
 * status has a rank and a row only moves forward: {@code sent} never replaces {@code delivered}.
 */
@Component
class JdbcSmsDeliveryLog implements SmsDeliveryLog {

    private static final Map<String, Integer> RANKS = Map.ofEntries(
            Map.entry("accepted", 1), Map.entry("scheduled", 1), Map.entry("queued", 2), Map.entry("sending", 3),
            Map.entry("sent", 4), Map.entry("receiving", 4), Map.entry("received", 5), Map.entry("delivered", 5),
            Map.entry("undelivered", 5), Map.entry("failed", 5), Map.entry("canceled", 5), Map.entry("read", 6));

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcSmsDeliveryLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void record(String messageSid, String status, String errorCode) {
        String normalized = status.toLowerCase(Locale.ROOT);
        int rank = RANKS.getOrDefault(normalized, 0);
        String error = errorCode == null || errorCode.isBlank() ? null : errorCode.strip();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        int moved = jdbc.sql("UPDATE sms_deliveries SET status = ?, status_rank = ?, error_code = ?, updated_at = ?"
                        + " WHERE message_sid = ? AND status_rank < ?")
                .params(normalized, rank, error, now, messageSid, rank).update();
        if (moved > 0) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO sms_deliveries (message_sid, status, status_rank, error_code, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .params(messageSid, normalized, rank, error, now).update();
        } catch (DuplicateKeyException alreadyFurther) {
            // the row holds a status at least as far along
        }
    }
}
