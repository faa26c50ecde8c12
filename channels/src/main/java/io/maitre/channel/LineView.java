package io.maitre.channel;

import java.util.List;

/** A cart line as channels show it; money as decimal strings. */
public record LineView(String lineId, String itemId, String name, int quantity, List<OptionView> options,
        String unitPrice, String lineTotal, String note) {

    public LineView {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
