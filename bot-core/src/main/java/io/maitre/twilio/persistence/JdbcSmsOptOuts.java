package io.maitre.twilio.persistence;

import io.maitre.channel.twilio.SmsOptOuts;
import io.maitre.channel.twilio.TwilioStore;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The opt-out list in table {@code sms_opt_outs}, one row per (our number, customer number). Every inbound text
 * asks about its sender, so answers are also kept a day in the shared store (Redis in production), which STOP and
 * START update together with the table: under load the question no longer waits for a database connection, and
 * every instance sees a change at once. A row changed in the database by hand is seen within a day.
 */
@Component
class JdbcSmsOptOuts implements SmsOptOuts {

    private static final String KEY = "maitre:twilio:optout:";
    private static final Duration REMEMBERED = Duration.ofDays(1);
    private static final String OUT = "out";
    private static final String IN = "in";

    private final JdbcClient jdbc;
    private final TwilioStore store;
    private final Clock clock;

    JdbcSmsOptOuts(JdbcClient jdbc, TwilioStore store, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public boolean isOptedOut(String ourNumber, String customerNumber) {
        String key = KEY + ourNumber + ":" + customerNumber;
        return store.get(key).map(OUT::equals).orElseGet(() -> {
            boolean out = jdbc.sql("SELECT COUNT(*) FROM sms_opt_outs WHERE our_number = ? AND customer_number = ?")
                    .params(ourNumber, customerNumber).query(Integer.class).single() > 0;
            store.put(key, out ? OUT : IN, REMEMBERED);
            return out;
        });
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
        store.put(KEY + ourNumber + ":" + customerNumber, OUT, REMEMBERED);
    }

    @Override
    public void optIn(String ourNumber, String customerNumber) {
        jdbc.sql("DELETE FROM sms_opt_outs WHERE our_number = ? AND customer_number = ?")
                .params(ourNumber, customerNumber).update();
        store.put(KEY + ourNumber + ":" + customerNumber, IN, REMEMBERED);
    }
}
