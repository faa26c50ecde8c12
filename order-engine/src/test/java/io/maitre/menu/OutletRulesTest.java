package io.maitre.menu;

import static io.maitre.menu.TestMenus.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Delivery terms, tax and numbers. */
class OutletRulesTest {

    private static final DeliveryRules BY_ZIP = new DeliveryRules(usd("3.99"), usd("15.00"),
            new DeliveryArea.PostalCodes(Set.of("10013", "10012")));
    private static final GeoPoint MULBERRY_STREET = new GeoPoint(40.7190, -73.9973);
    private static final DeliveryRules BY_RADIUS = new DeliveryRules(usd("2.50"), usd("0"),
            new DeliveryArea.Radius(MULBERRY_STREET, 2.0));

    @Test
    void aDeliveryNeedsTheMinimumThenAnAddressInTheArea() {
        assertThat(BY_ZIP.check(usd("20.00"), "12 Main Street, New York, NY 10013", Geocoder.NONE))
                .isEqualTo(new DeliveryCheck.Accepted());
        DeliveryCheck below = BY_ZIP.check(usd("11.50"), "12 Main Street, New York, NY 10013", Geocoder.NONE);
        assertThat(below).isEqualTo(new DeliveryCheck.BelowMinimum(usd("15.00"), usd("11.50")));
        assertThat(((DeliveryCheck.BelowMinimum) below).shortBy()).isEqualTo(usd("3.50"));
        assertThat(BY_ZIP.check(usd("20.00"), "1 Court St, Brooklyn 11201", Geocoder.NONE))
                .isEqualTo(new DeliveryCheck.OutsideArea("1 Court St, Brooklyn 11201"));
        assertThat(BY_ZIP.check(usd("20.00"), "12 Main Street, Apt 4", Geocoder.NONE))
                .as("no ZIP code: ask for it").isEqualTo(new DeliveryCheck.AddressNotPlaced("12 Main Street, Apt 4"));
        assertThat(BY_ZIP.check(usd("20.00"), "12345 Main Street, 10012", Geocoder.NONE))
                .as("a house number shaped like a code does not hide the code").isEqualTo(new DeliveryCheck.Accepted());
    }

    @Test
    void aRadiusAreaPlacesAddressesThroughTheGeocoder() {
        Geocoder geocoder = address -> address.contains("Canal")
                ? Optional.of(new GeoPoint(40.7178, -74.0000)) : address.contains("Harlem")
                ? Optional.of(new GeoPoint(40.8116, -73.9465)) : Optional.empty();

        assertThat(BY_RADIUS.check(usd("1"), "200 Canal St", geocoder)).isEqualTo(new DeliveryCheck.Accepted());
        assertThat(BY_RADIUS.check(usd("1"), "Harlem", geocoder)).isInstanceOf(DeliveryCheck.OutsideArea.class);
        assertThat(BY_RADIUS.check(usd("1"), "nowhere", geocoder)).isInstanceOf(DeliveryCheck.AddressNotPlaced.class);
        assertThat(BY_RADIUS.check(usd("1"), "200 Canal St", Geocoder.NONE))
                .as("embedded mode has no geocoder").isInstanceOf(DeliveryCheck.AddressNotPlaced.class);
        assertThat(MULBERRY_STREET.kilometresTo(new GeoPoint(40.8116, -73.9465))).isBetween(11.0, 12.0);
    }

    @Test
    void anOutletThatDoesNotDeliverSaysSo() {
        OutletRules pickupOnly = TestMenus.rules(TestMenus.alwaysOpen(), LeadTime.minutes(10), null);

        assertThat(pickupOnly.delivers()).isFalse();
        assertThat(pickupOnly.delivery()).isEmpty();
        assertThat(pickupOnly.checkDelivery(usd("50"), "anywhere 10013", Geocoder.NONE))
                .isEqualTo(new DeliveryCheck.NotOffered());
    }

    @Test
    void taxIsAddedOrIncludedAndMayCoverTheFee() {
        BigDecimal rate = new BigDecimal("0.08875");

        assertThat(TaxRule.added(rate).taxOn(usd("20.00"), usd("3.99"))).isEqualTo(usd("2.13"));
        assertThat(new TaxRule(rate, false, false).taxOn(usd("20.00"), usd("3.99"))).isEqualTo(usd("1.78"));
        assertThat(new TaxRule(new BigDecimal("0.20"), true, true).taxOn(usd("12.00"), usd("0")))
                .as("a fifth of prices that include 20 %... a sixth of 12").isEqualTo(usd("2.00"));
        assertThatThrownBy(() -> TaxRule.added(new BigDecimal("8.875"))).isInstanceOf(InvalidMenu.class);
    }

    @Test
    void leadTimesGrowWithTheItemCount() {
        LeadTime lead = new LeadTime(Duration.ofMinutes(15), 4, Duration.ofMinutes(5));

        assertThat(lead.forItems(1)).isEqualTo(Duration.ofMinutes(15));
        assertThat(lead.forItems(4)).isEqualTo(Duration.ofMinutes(15));
        assertThat(lead.forItems(5)).isEqualTo(Duration.ofMinutes(20));
        assertThat(lead.forItems(12)).isEqualTo(Duration.ofMinutes(25));
        assertThat(LeadTime.minutes(20).forItems(100)).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void numbersAreE164() {
        assertThatThrownBy(() -> new OutletRules(TimetableTest.NEW_YORK, TestMenus.alwaysOpen(), LeadTime.minutes(0),
                null, null, TaxRule.added(BigDecimal.ZERO), List.of("212-555-0142"), null))
                .isInstanceOf(InvalidMenu.class).hasMessageContaining("phoneNumbers: '212-555-0142' is not an E.164");
        assertThatThrownBy(() -> new OutletRules(TimetableTest.NEW_YORK, TestMenus.alwaysOpen(), LeadTime.minutes(0),
                null, BY_ZIP, TaxRule.added(BigDecimal.ZERO), List.of(), null))
                .isInstanceOf(InvalidMenu.class).hasMessageContaining("'delivery' needs leadTimes.delivery");
    }
}
