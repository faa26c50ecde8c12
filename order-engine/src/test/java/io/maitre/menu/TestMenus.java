package io.maitre.menu;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Object mother: small menus with round prices, so expected totals can be worked out by hand. */
public final class TestMenus {

    public static final Currency USD = Currency.getInstance("USD");

    private TestMenus() {
    }

    public static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    /**
     * A pizzeria called {@code outlet} in New York, open round the clock with no lead time, tax 8.875 % (on the fee
     * too), delivering to ZIP 10013 for 3.00 with no minimum; a pizza, a coke and wings.
     */
    public static Menu pizzeria(String outlet) {
        return new Menu(new OutletId(outlet), "Test Pizzeria " + outlet, USD,
                new StoreInfo("1 Test Street", "+1 555 0100", "always", true, "everywhere", usd("3.00")),
                rules(alwaysOpen(), LeadTime.minutes(0), new DeliveryRules(usd("3.00"), usd("0"),
                        new DeliveryArea.PostalCodes(Set.of("10013")))),
                List.of(pizza(), coke(), wings()));
    }

    /** The same pizzeria, but it does not deliver. */
    public static Menu pickupOnly(String outlet) {
        Menu menu = pizzeria(outlet);
        return new Menu(menu.outletId(), menu.name(), menu.currency(),
                new StoreInfo("1 Test Street", "+1 555 0100", "always", false, null, null),
                rules(alwaysOpen(), LeadTime.minutes(0), null), menu.items());
    }

    /** The pizzeria with these hours and rules instead. */
    public static Menu pizzeria(String outlet, OutletRules rules) {
        Menu menu = pizzeria(outlet);
        return new Menu(menu.outletId(), menu.name(), menu.currency(),
                new StoreInfo("1 Test Street", "+1 555 0100", rules.hours().describe(), rules.delivers(),
                        rules.delivers() ? "everywhere" : null, rules.deliveryRules().map(DeliveryRules::fee).orElse(null)),
                rules, menu.items());
    }

    /** Rules in New York with tax 8.875 % on the fee too; the delivery lead time is the pickup's plus 30 minutes. */
    public static OutletRules rules(OpeningHours hours, LeadTime pickup, DeliveryRules delivery) {
        LeadTime deliveryLead = delivery == null ? null
                : new LeadTime(pickup.base().plusMinutes(30), pickup.perItems(), pickup.extra());
        return new OutletRules(ZoneId.of("America/New_York"), hours, pickup, deliveryLead, delivery,
                TaxRule.added(new BigDecimal("0.08875")), List.of("+15550100"), "+15550101");
    }

    /**
     * The pizzeria open every day 11:00-22:00 except Christmas 2025, with 15 minutes for pickup (45 for delivery,
     * plus 5 for every further 4 items), delivering to ZIP 10013 for 3.00 from 15.00 of items.
     */
    public static Menu elevenToTen(String outlet) {
        Map<DayOfWeek, List<OpeningRange>> weekly = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            weekly.put(day, List.of(OpeningRange.parse("11:00-22:00")));
        }
        return pizzeria(outlet, rules(new OpeningHours(weekly, Set.of(java.time.LocalDate.of(2025, 12, 25))),
                new LeadTime(java.time.Duration.ofMinutes(15), 4, java.time.Duration.ofMinutes(5)),
                new DeliveryRules(usd("3.00"), usd("15.00"), new DeliveryArea.PostalCodes(Set.of("10013")))));
    }

    /** Open every day round the clock. */
    public static OpeningHours alwaysOpen() {
        Map<DayOfWeek, List<OpeningRange>> weekly = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            weekly.put(day, List.of(OpeningRange.parse("00:00-24:00")));
        }
        return new OpeningHours(weekly, Set.of());
    }

    /**
     * Pizza 10.00; size small +0 / large +4 (required, no default); crust thin +0 / stuffed +2 (up to
     * 2); topping olives 1.00 (large 1.50), ham 1.50 (small 1.00, large 2.00), cheese 0.80 (up to 2).
     */
    public static MenuItem pizza() {
        return new MenuItem("pizza", "Pizza", "pizza", List.of("pizza", "pie"), usd("10.00"), List.of(
                new OptionGroup("size", "Size", true, 1, null, List.of(
                        option("small", "Small", "0"),
                        option("large", "Large", "4.00"))),
                new OptionGroup("crust", "Crust", false, 2, null, List.of(
                        option("thin_crust", "Thin Crust", "0"),
                        option("stuffed_crust", "Stuffed Crust", "2.00"))),
                new OptionGroup("topping", "Toppings", false, 2, null, List.of(
                        new MenuOption("olives", "Olives", List.of("black olives"), usd("1.00"),
                                Map.of("large", usd("1.50"))),
                        new MenuOption("ham", "Ham", List.of(), usd("1.50"),
                                Map.of("small", usd("1.00"), "large", usd("2.00"))),
                        option("cheese", "Cheese", "0.80")))));
    }

    /**
     * Coke 2.00; size small +0 / medium +0.50 / large +1.00 (required, default medium); container optional, a can
     * having no size.
     */
    public static MenuItem coke() {
        return new MenuItem("coke", "Coke", "drink", List.of("coca cola"), usd("2.00"), List.of(
                new OptionGroup("size", "Size", true, 1, "medium", List.of(
                        option("small", "Small", "0"),
                        option("medium", "Medium", "0.50"),
                        option("large", "Large", "1.00"))),
                new OptionGroup("container", "Container", false, 1, null, List.of(
                        option("bottle", "Bottle", "0"),
                        new MenuOption("can", "Can", List.of(), usd("0"), Map.of(), List.of("size"))))));
    }

    /** Wings 7.00; size 6_piece +0 / 12_piece +6 (required, no default); flavor default buffalo. */
    public static MenuItem wings() {
        return new MenuItem("wings", "Wings", "side", List.of(), usd("7.00"), List.of(
                new OptionGroup("size", "Size", true, 1, null, List.of(
                        option("6_piece", "6 Piece", "0"),
                        option("12_piece", "12 Piece", "6.00"))),
                new OptionGroup("flavor", "Flavor", true, 1, "buffalo", List.of(
                        option("buffalo", "Buffalo", "0"),
                        option("bbq", "BBQ", "0")))));
    }

    public static MenuOption option(String id, String name, String surcharge) {
        return new MenuOption(id, name, List.of(), usd(surcharge), Map.of());
    }
}
