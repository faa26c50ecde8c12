package io.maitre.staff.persistence;

import io.maitre.staff.Role;
import io.maitre.staff.StaffMember;
import io.maitre.staff.StaffUsers;
import io.maitre.staff.UsernameTaken;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Staff users in {@code staff_users} and their outlets in {@code staff_outlets}. */
@Repository
class JdbcStaffUsers implements StaffUsers {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcStaffUsers(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
    }

    @Override
    public Optional<StaffMember> find(String username) {
        return jdbc.sql("SELECT username, role, enabled FROM staff_users WHERE username = ?").param(username)
                .query((rs, n) -> new StaffMember(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getBoolean(3),
                        outlets(rs.getString(1))))
                .optional();
    }

    @Override
    public Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM staff_users WHERE username = ?").param(username)
                .query(String.class).optional();
    }

    @Override
    public List<StaffMember> all() {
        return jdbc.sql("SELECT username, role, enabled FROM staff_users ORDER BY username")
                .query((rs, n) -> new StaffMember(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getBoolean(3),
                        List.of()))
                .list().stream()
                .map(m -> new StaffMember(m.username(), m.role(), m.enabled(), outlets(m.username()))).toList();
    }

    @Override
    public boolean any() {
        return jdbc.sql("SELECT COUNT(*) FROM staff_users").query(Long.class).single() > 0;
    }

    @Override
    @Transactional
    public void create(StaffMember member, String passwordHash) {
        if (find(member.username()).isPresent()) {
            throw new UsernameTaken(member.username());
        }
        jdbc.sql("INSERT INTO staff_users (username, password_hash, role, enabled, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(member.username(), passwordHash, member.role().name(), member.enabled(),
                        Timestamp.from(clock.instant()))
                .update();
        writeOutlets(member);
    }

    @Override
    @Transactional
    public void update(StaffMember member, String passwordHash) {
        jdbc.sql("UPDATE staff_users SET role = ?, enabled = ? WHERE username = ?")
                .params(member.role().name(), member.enabled(), member.username()).update();
        if (passwordHash != null) {
            jdbc.sql("UPDATE staff_users SET password_hash = ? WHERE username = ?")
                    .params(passwordHash, member.username()).update();
        }
        jdbc.sql("DELETE FROM staff_outlets WHERE username = ?").param(member.username()).update();
        writeOutlets(member);
    }

    private void writeOutlets(StaffMember member) {
        for (String outlet : member.outlets()) {
            jdbc.sql("INSERT INTO staff_outlets (username, outlet_id) VALUES (?, ?)")
                    .params(member.username(), outlet).update();
        }
    }

    private List<String> outlets(String username) {
        return jdbc.sql("SELECT outlet_id FROM staff_outlets WHERE username = ? ORDER BY outlet_id")
                .param(username).query(String.class).list();
    }
}
