package io.maitre.staff.persistence;

import io.maitre.staff.AuditLog;
import java.sql.Timestamp;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit log in {@code staff_audit}; texts longer than the column are cut, never refused. */
@Repository
class JdbcAuditLog implements AuditLog {

    private static final int MAX = 2000;

    private final JdbcClient jdbc;

    JdbcAuditLog(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void record(Entry entry) {
        jdbc.sql("INSERT INTO staff_audit (at, username, action, target, detail) VALUES (?, ?, ?, ?, ?)")
                .params(Timestamp.from(entry.at()), entry.username(), entry.action().name(), cut(entry.target(), 200),
                        cut(entry.detail(), MAX))
                .update();
    }

    @Override
    public List<Entry> latest(int limit) {
        return jdbc.sql("SELECT at, username, action, target, detail FROM staff_audit ORDER BY id DESC LIMIT ?")
                .param(limit)
                .query((rs, n) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        Action.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)))
                .list();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
