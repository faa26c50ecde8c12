package io.maitre.order;

import io.maitre.menu.OutletId;
import io.maitre.menu.TimeCheck;

/** The requested time is sooner than the outlet's lead time allows. */
public final class TimeTooSoon extends UnavailableTime {

    TimeTooSoon(OutletId outletId, TimeCheck.TooSoon check) {
        super(outletId, check, "that is sooner than its lead time allows");
    }
}
