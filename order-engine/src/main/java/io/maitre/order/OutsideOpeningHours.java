package io.maitre.order;

import io.maitre.menu.OutletId;
import io.maitre.menu.TimeCheck;

/** The outlet is not open at the requested time. */
public final class OutsideOpeningHours extends UnavailableTime {

    OutsideOpeningHours(OutletId outletId, TimeCheck.OutsideHours check) {
        super(outletId, check, "it is closed then");
    }
}
