package io.maitre.menu;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules an outlet trades by (docs/outlets.md), which the bot and the order engine both obey: its time zone,
 * opening hours and closed dates, lead times for pickup and delivery, delivery terms (absent when it does not
 * deliver), tax, the Twilio numbers customers text and call, and the number staff transfers go to.
 */
public final class OutletRules {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    private final ZoneId zone;
    private final OpeningHours hours;
    private final Timetable pickup;
    private final Timetable delivery;
    private final DeliveryRules deliveryRules;
    private final TaxRule tax;
    private final List<String> phoneNumbers;
    private final String staffNumber;

    /**
     * @param deliveryLead  the delivery lead time; null exactly when {@code deliveryRules} is null
     * @param deliveryRules null when the outlet does not deliver
     * @param phoneNumbers  E.164 numbers, e.g. {@code +12125550142}
     * @param staffNumber   E.164 number calls are transferred to, or null
     * @throws InvalidMenu when a number is not E.164 or delivery terms come without a lead time
     */
    public OutletRules(ZoneId zone, OpeningHours hours, LeadTime pickupLead, LeadTime deliveryLead,
                       DeliveryRules deliveryRules, TaxRule tax, List<String> phoneNumbers, String staffNumber) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.hours = Objects.requireNonNull(hours, "hours");
        this.pickup = new Timetable(zone, hours, Objects.requireNonNull(pickupLead, "pickup lead time"));
        if ((deliveryRules == null) != (deliveryLead == null)) {
            throw new InvalidMenu(deliveryRules == null ? "leadTimes.delivery is set but the outlet has no 'delivery'"
                    : "'delivery' needs leadTimes.delivery");
        }
        this.delivery = deliveryLead == null ? null : new Timetable(zone, hours, deliveryLead);
        this.deliveryRules = deliveryRules;
        this.tax = Objects.requireNonNull(tax, "tax");
        this.phoneNumbers = phoneNumbers == null ? List.of() : List.copyOf(phoneNumbers);
        this.phoneNumbers.forEach(number -> requireE164(number, "phoneNumbers"));
        this.staffNumber = staffNumber == null ? null : requireE164(staffNumber, "staffNumber");
    }

    public ZoneId zone() {
        return zone;
    }

    public OpeningHours hours() {
        return hours;
    }

    /** The times orders can be picked up. */
    public Timetable pickup() {
        return pickup;
    }

    /** The times orders can be delivered; empty when the outlet does not deliver. */
    public Optional<Timetable> delivery() {
        return Optional.ofNullable(delivery);
    }

    /** Fee, minimum and area; empty when the outlet does not deliver. */
    public Optional<DeliveryRules> deliveryRules() {
        return Optional.ofNullable(deliveryRules);
    }

    public boolean delivers() {
        return deliveryRules != null;
    }

    public TaxRule tax() {
        return tax;
    }

    /** The Twilio numbers of the outlet; a webhook's {@code To} picks the outlet. */
    public List<String> phoneNumbers() {
        return phoneNumbers;
    }

    /** Where calls are transferred to reach staff, or empty. */
    public Optional<String> staffNumber() {
        return Optional.ofNullable(staffNumber);
    }

    /** Whether the outlet is open now. */
    public boolean isOpen(Clock clock) {
        return pickup.isOpen(clock);
    }

    /** When the outlet next opens; empty when not within two weeks. */
    public Optional<ZonedDateTime> nextOpening(Clock clock) {
        return pickup.nextOpening(clock);
    }

    /**
     * Whether a delivery of items coming to {@code subtotal} (before fee and tax) to this address can be taken.
     *
     * @param geocoder places addresses for a radius area; {@link Geocoder#NONE} when there is none
     */
    public DeliveryCheck checkDelivery(Money subtotal, String address, Geocoder geocoder) {
        return deliveryRules == null ? new DeliveryCheck.NotOffered()
                : deliveryRules.check(subtotal, address, geocoder);
    }

    private static String requireE164(String number, String field) {
        if (number == null || !E164.matcher(number).matches()) {
            throw new InvalidMenu(field + ": '" + number + "' is not an E.164 phone number like +12125550142");
        }
        return number;
    }
}
