package io.maitre.order;

import io.maitre.menu.OutletId;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out order numbers per outlet and business day from a counter row. The row is created
 * first, outside the placing transaction, so that racing creators cannot deadlock; the increment
 * is then a single UPDATE inside the placing transaction, whose row lock serializes concurrent
 * placements until commit, and a rolled-back placement gives its number back.
 */
@Component
class OrderNumbers {

    private final JdbcClient jdbc;

    OrderNumbers(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Makes sure the day's counter exists; call before the placing transaction starts. */
    void prepare(OutletId outlet, LocalDate businessDay) {
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM order_number_counters WHERE outlet_id = ? AND business_day = ?")
                .params(outlet.value(), businessDay)
                .query(Integer.class)
                .single() > 0;
        if (exists) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO order_number_counters (outlet_id, business_day, last_number) VALUES (?, ?, 0)")
                    .params(outlet.value(), businessDay)
                    .update();
        } catch (DuplicateKeyException raced) {
            // Another placement created the same counter a moment ago; it is there now either way.
        }
    }

    /** The next running number of the day, starting at 1; call inside the placing transaction. */
    int next(OutletId outlet, LocalDate businessDay) {
        int updated = jdbc.sql("UPDATE order_number_counters SET last_number = last_number + 1"
                        + " WHERE outlet_id = ? AND business_day = ?")
                .params(outlet.value(), businessDay)
                .update();
        if (updated != 1) {
            throw new IllegalStateException("No order number counter for " + outlet + " on " + businessDay);
        }
        return jdbc.sql("SELECT last_number FROM order_number_counters WHERE outlet_id = ? AND business_day = ?")
                .params(outlet.value(), businessDay)
                .query(Integer.class)
                .single();
    }
}
