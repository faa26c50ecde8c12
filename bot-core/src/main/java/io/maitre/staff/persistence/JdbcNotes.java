package io.maitre.staff.persistence;

import io.maitre.staff.Notes;
import java.sql.Timestamp;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Private notes in {@code staff_notes}. */
@Repository
class JdbcNotes implements Notes {

    private final JdbcClient jdbc;

    JdbcNotes(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void add(Note note) {
        jdbc.sql("INSERT INTO staff_notes (conversation_key, author, body, created_at) VALUES (?, ?, ?, ?)")
                .params(note.conversationKey(), note.author(), note.text(), Timestamp.from(note.at())).update();
    }

    @Override
    public List<Note> of(String conversationKey) {
        return jdbc.sql("SELECT conversation_key, author, body, created_at FROM staff_notes "
                        + "WHERE conversation_key = ? ORDER BY id")
                .param(conversationKey)
                .query((rs, n) -> new Note(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }
}
