package io.maitre.channel;

import java.util.List;

/** A whole conversation with its current cart and order. */
public record Transcript(List<TranscriptEntry> entries, CartView cart, OrderView order, boolean escalated) {

    public Transcript {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
