package io.maitre.cart;

/** The cart has no line with this id. */
public class LineNotFound extends RuntimeException {

    private final LineId lineId;

    public LineNotFound(LineId lineId) {
        super("The cart has no line " + lineId);
        this.lineId = lineId;
    }

    public LineId lineId() {
        return lineId;
    }
}
