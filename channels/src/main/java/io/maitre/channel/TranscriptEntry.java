package io.maitre.channel;

import java.time.Instant;
import java.util.List;

/** One line of a conversation: {@code from} is "customer", "bot" or "staff". */
public record TranscriptEntry(String from, String text, Instant at, Expecting expecting, String itemId,
        List<String> options) {

    public TranscriptEntry {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
