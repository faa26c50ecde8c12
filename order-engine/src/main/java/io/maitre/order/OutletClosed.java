package io.maitre.order;

import io.maitre.menu.OutletId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * An order "as soon as possible" while the outlet is closed, or too close to closing to be ready in time; the
 * customer may schedule it for {@link #earliest()} instead.
 */
public class OutletClosed extends RuntimeException {

    private final OutletId outletId;
    private final ZonedDateTime earliest;

    public OutletClosed(OutletId outletId, ZonedDateTime earliest) {
        super("Outlet '" + outletId + "' cannot take an order for as soon as possible now"
                + (earliest == null ? "" : "; the earliest possible time is " + earliest));
        this.outletId = outletId;
        this.earliest = earliest;
    }

    public OutletId outletId() {
        return outletId;
    }

    /** The earliest time an order could be ready, in the outlet's zone; empty when nothing opens soon. */
    public Optional<ZonedDateTime> earliest() {
        return Optional.ofNullable(earliest);
    }
}
