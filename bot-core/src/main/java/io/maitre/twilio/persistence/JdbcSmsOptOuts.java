package io.maitre.twilio.persistence;

import io.maitre.channel.twilio.SmsOptOuts;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The opt-out list in table {@code sms_opt_outs}, one row per (our number, customer number). */
@Component
class JdbcSmsOptOuts implements SmsOptOuts {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcSmsOptOuts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean isOptedOut(String ourNumber, String customerNumber) {
        return jdbc.sql("SELECT COUNT(*) FROM sms_opt_outs WHERE our_number = ? AND customer_number = ?")
                .params(ourNumber, customerNumber).query(Integer.class).single() > 0;
    }

    @Override
    public void optOut(String ourNumber, String customerNumber) {
        try {
            jdbc.sql("INSERT INTO sms_opt_outs (our_number, customer_number, opted_out_at) VALUES (?, ?, ?)")
                    .params(ourNumber, customerNumber, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException alreadyOut) {
            // STOP twice leaves one row with the first date
        }
    }

    @Override
    public void optIn(String ourNumber, String customerNumber) {
        jdbc.sql("DELETE FROM sms_opt_outs WHERE our_number = ? AND customer_number = ?")
                .params(ourNumber, customerNumber).update();
    }
}
