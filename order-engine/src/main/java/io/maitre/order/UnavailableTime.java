package io.maitre.order;

import io.maitre.menu.OutletId;
import io.maitre.menu.TimeCheck;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The requested handover time cannot be met; the subclass says why and {@link #alternatives()} gives the nearest
 * times that can (in the outlet's zone).
 */
public abstract sealed class UnavailableTime extends RuntimeException
        permits OutsideOpeningHours, ClosedOnDate, TimeTooSoon {

    private final OutletId outletId;
    private final TimeCheck check;

    UnavailableTime(OutletId outletId, TimeCheck check, String why) {
        super("Outlet '" + outletId + "' cannot hand over an order at " + requested(check) + ": " + why);
        this.outletId = outletId;
        this.check = check;
    }

    /** The failure for a check that did not pass. */
    static UnavailableTime of(OutletId outletId, TimeCheck check) {
        if (check instanceof TimeCheck.OutsideHours outside) {
            return new OutsideOpeningHours(outletId, outside);
        }
        if (check instanceof TimeCheck.ClosedDate closed) {
            return new ClosedOnDate(outletId, closed);
        }
        if (check instanceof TimeCheck.TooSoon soon) {
            return new TimeTooSoon(outletId, soon);
        }
        throw new IllegalArgumentException("the time " + check + " is possible");
    }

    public OutletId outletId() {
        return outletId;
    }

    public TimeCheck check() {
        return check;
    }

    /** The nearest possible times, earliest first. */
    public List<ZonedDateTime> alternatives() {
        return check.alternatives();
    }

    private static Object requested(TimeCheck check) {
        if (check instanceof TimeCheck.OutsideHours outside) {
            return outside.requested();
        }
        if (check instanceof TimeCheck.ClosedDate closed) {
            return closed.requested();
        }
        return check instanceof TimeCheck.TooSoon soon ? soon.requested() : check;
    }
}
