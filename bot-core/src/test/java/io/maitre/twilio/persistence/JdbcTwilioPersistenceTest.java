package io.maitre.twilio.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.channel.twilio.TwilioStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The opt-out list and delivery statuses on the service's migrations (H2 in MySQL mode). */
class JdbcTwilioPersistenceTest {

    private static final String OURS = "+12125550142";
    private static final String THEIRS = "+15551230009";

    private JdbcClient jdbc;
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T18:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void migrate() {
        JdbcDataSource data = new JdbcDataSource();
        data.setURL("jdbc:h2:mem:twilio-" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(data).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(data);
    }

    @Test
    void stopTwiceAndStartKeepOneAnswer() {
        JdbcSmsOptOuts optOuts = new JdbcSmsOptOuts(jdbc, new MapStore(), clock);

        optOuts.optOut(OURS, THEIRS);
        optOuts.optOut(OURS, THEIRS);

        assertThat(optOuts.isOptedOut(OURS, THEIRS)).isTrue();
        assertThat(optOuts.isOptedOut("+12125550199", THEIRS)).isFalse();
        optOuts.optIn(OURS, THEIRS);
        assertThat(optOuts.isOptedOut(OURS, THEIRS)).isFalse();
    }

    @Test
    void answersComeFromTheTableWhenTheSharedStoreHasForgottenThem() {
        new JdbcSmsOptOuts(jdbc, new MapStore(), clock).optOut(OURS, THEIRS);

        assertThat(new JdbcSmsOptOuts(jdbc, new MapStore(), clock).isOptedOut(OURS, THEIRS)).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sms_opt_outs").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aLateStatusNeverReplacesALaterOne() {
        JdbcSmsDeliveryLog log = new JdbcSmsDeliveryLog(jdbc, clock);

        log.record("SM1", "queued", null);
        log.record("SM1", "delivered", null);
        log.record("SM1", "sent", null);
        log.record("SM2", "undelivered", "30003");
        log.record("SM2", "Sent", "");

        assertThat(status("SM1")).isEqualTo("delivered");
        assertThat(status("SM2")).isEqualTo("undelivered");
        assertThat(jdbc.sql("SELECT error_code FROM sms_deliveries WHERE message_sid = 'SM2'").query(String.class)
                .single()).isEqualTo("30003");
    }

    /** The shared store as a map, without expiry. */
    private static final class MapStore implements TwilioStore {
        private final Map<String, String> values = new HashMap<>();

        @Override
        public boolean claim(String key, Duration ttl) {
            return values.putIfAbsent(key, "1") == null;
        }

        @Override
        public void release(String key) {
            values.remove(key);
        }

        @Override
        public long increment(String key, Duration ttl) {
            return Long.parseLong(values.merge(key, "1", (a, b) -> Long.toString(Long.parseLong(a) + 1)));
        }

        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(values.get(key));
        }

        @Override
        public void put(String key, String value, Duration ttl) {
            values.put(key, value);
        }
    }

    private String status(String sid) {
        return jdbc.sql("SELECT status FROM sms_deliveries WHERE message_sid = ?").param(sid).query(String.class)
                .single();
    }
}
