package io.maitre.staff;

import java.time.Instant;
import java.util.List;

/** Private notes staff keep on a conversation; the customer never sees them. */
public interface Notes {

    void add(Note note);

    List<Note> of(String conversationKey);

    /** One note. */
    record Note(String conversationKey, String author, String text, Instant at) {
    }
}
