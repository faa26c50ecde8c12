package io.maitre.menu;

import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The menu of one outlet: its items with option groups and prices, its currency, store information and the
 * outlet's rules (time zone, which decides the business day, hours, lead times, delivery terms, tax). Immutable;
 * validated when built.
 */
public final class Menu {

    private final OutletId outletId;
    private final String name;
    private final Currency currency;
    private final StoreInfo info;
    private final OutletRules rules;
    private final List<MenuItem> items;
    private final Map<String, MenuItem> itemsById;

    /**
     * @throws InvalidMenu when item ids repeat, the store info and the rules disagree on delivery, or a price uses
     *                     another currency
     */
    public Menu(OutletId outletId, String name, Currency currency, StoreInfo info, OutletRules rules,
                List<MenuItem> items) {
        if (outletId == null) {
            throw new InvalidMenu("Menu has no outlet id");
        }
        this.outletId = outletId;
        this.name = MenuIds.requireText(name, "Outlet '" + outletId + "'");
        this.currency = require(currency, "currency");
        this.info = require(info, "store info");
        this.rules = require(rules, "rules");
        if (info.delivers() != rules.delivers()) {
            throw new InvalidMenu("Outlet '" + outletId + "': the store info says it " + (info.delivers() ? "delivers"
                    : "does not deliver") + " but its rules say otherwise");
        }
        this.items = items == null ? List.of() : List.copyOf(items);
        if (this.items.isEmpty()) {
            throw new InvalidMenu("Menu of outlet '" + outletId + "' has no items");
        }
        MenuIds.requireUniqueIds(this.items, MenuItem::id, "Item");
        Map<String, MenuItem> byId = new LinkedHashMap<>();
        this.items.forEach(item -> byId.put(item.id(), item));
        this.itemsById = Map.copyOf(byId);
        requireCurrency();
    }

    public OutletId outletId() {
        return outletId;
    }

    public String name() {
        return name;
    }

    public Currency currency() {
        return currency;
    }

    /** The outlet's time zone; order numbers restart each business day in this zone. */
    public ZoneId zone() {
        return rules.zone();
    }

    /** Hours, lead times, delivery terms, tax, phone numbers. */
    public OutletRules rules() {
        return rules;
    }

    public StoreInfo info() {
        return info;
    }

    /** All items in menu order. */
    public List<MenuItem> items() {
        return items;
    }

    public Optional<MenuItem> item(String itemId) {
        return Optional.ofNullable(itemId).map(itemsById::get);
    }

    /** Like {@link #item(String)} but fails with {@link UnknownItem}. */
    public MenuItem requireItem(String itemId) {
        return item(itemId).orElseThrow(() -> new UnknownItem(itemId));
    }

    /** Items of one category ({@code pizza}, {@code drink}, {@code side}, {@code dessert}) in menu order. */
    public List<MenuItem> itemsInCategory(String category) {
        return items.stream().filter(item -> item.category().equals(category)).toList();
    }

    private void requireCurrency() {
        Stream<Money> itemPrices = items.stream().map(MenuItem::price);
        Stream<Money> surcharges = items.stream()
                .flatMap(item -> item.optionGroups().stream())
                .flatMap(group -> group.options().stream())
                .flatMap(option -> Stream.concat(Stream.of(option.surcharge()), option.surchargeBySize().values().stream()));
        Stream<Money> fee = Stream.concat(Stream.ofNullable(info.deliveryFee()), rules.deliveryRules().stream()
                .flatMap(delivery -> Stream.of(delivery.fee(), delivery.minimum())));
        Stream.concat(Stream.concat(itemPrices, surcharges), fee)
                .filter(money -> !money.currency().equals(currency))
                .findFirst()
                .ifPresent(money -> {
                    throw new InvalidMenu("Price " + money + " " + money.currency() + " is not in the menu currency " + currency);
                });
    }

    private static <T> T require(T value, String what) {
        if (value == null) {
            throw new InvalidMenu("Menu has no " + what);
        }
        return value;
    }

    @Override
    public String toString() {
        return "Menu[" + outletId + ", " + name + ", " + items.size() + " items]";
    }
}
