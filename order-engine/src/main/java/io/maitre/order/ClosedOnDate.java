package io.maitre.order;

import io.maitre.menu.OutletId;
import io.maitre.menu.TimeCheck;

/** The outlet is closed all day on the requested date. */
public final class ClosedOnDate extends UnavailableTime {

    ClosedOnDate(OutletId outletId, TimeCheck.ClosedDate check) {
        super(outletId, check, "it is closed that day");
    }
}
