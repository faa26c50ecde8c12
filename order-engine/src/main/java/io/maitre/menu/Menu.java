package io.maitre.menu;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The menu of one outlet: its items with option groups and prices, its currency, tax rate and time
 * zone (which decides the business day), and store information. Immutable; validated when built.
 */
public final class Menu {

    private final OutletId outletId;
    private final String name;
    private final Currency currency;
    private final BigDecimal taxRate;
    private final ZoneId zone;
    private final StoreInfo info;
    private final List<MenuItem> items;
    private final Map<String, MenuItem> itemsById;
    private final List<String> phoneNumbers;
    private final String staffTransferNumber;

    /**
     * @param taxRate a fraction, e.g. {@code 0.08875} for 8.875 %
     * @throws InvalidMenu when item ids repeat, the tax rate is out of range or a price uses another
     *                     currency
     */
    public Menu(OutletId outletId, String name, Currency currency, BigDecimal taxRate, ZoneId zone, StoreInfo info,
                List<MenuItem> items) {
        this(outletId, name, currency, taxRate, zone, info, items, List.of(), null);
    }

    /**
     * @param phoneNumbers the outlet's Twilio numbers in E.164, e.g. {@code +12125550142}; texts and calls to them
     *                     reach this outlet
     * @param staffTransferNumber where calls are transferred to a person (E.164), or {@code null}
     * @throws InvalidMenu as the other constructor, and when a number is not E.164
     */
    public Menu(OutletId outletId, String name, Currency currency, BigDecimal taxRate, ZoneId zone, StoreInfo info,
                List<MenuItem> items, List<String> phoneNumbers, String staffTransferNumber) {
        if (outletId == null) {
            throw new InvalidMenu("Menu has no outlet id");
        }
        this.outletId = outletId;
        this.name = MenuIds.requireText(name, "Outlet '" + outletId + "'");
        this.currency = require(currency, "currency");
        this.taxRate = require(taxRate, "tax rate");
        if (taxRate.signum() < 0 || taxRate.compareTo(BigDecimal.ONE) >= 0) {
            throw new InvalidMenu("Tax rate " + taxRate + " must be a fraction between 0 and 1");
        }
        this.zone = require(zone, "time zone");
        this.info = require(info, "store info");
        this.items = items == null ? List.of() : List.copyOf(items);
        if (this.items.isEmpty()) {
            throw new InvalidMenu("Menu of outlet '" + outletId + "' has no items");
        }
        MenuIds.requireUniqueIds(this.items, MenuItem::id, "Item");
        Map<String, MenuItem> byId = new LinkedHashMap<>();
        this.items.forEach(item -> byId.put(item.id(), item));
        this.itemsById = Map.copyOf(byId);
        requireCurrency();
        this.phoneNumbers = phoneNumbers == null ? List.of() : List.copyOf(phoneNumbers);
        this.phoneNumbers.forEach(number -> requirePhoneNumber(number, "phoneNumbers"));
        this.staffTransferNumber = staffTransferNumber;
        if (staffTransferNumber != null) {
            requirePhoneNumber(staffTransferNumber, "staffTransferNumber");
        }
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

    /** Tax as a fraction of the subtotal, e.g. {@code 0.08875}. */
    public BigDecimal taxRate() {
        return taxRate;
    }

    /** The outlet's time zone; order numbers restart each business day in this zone. */
    public ZoneId zone() {
        return zone;
    }

    public StoreInfo info() {
        return info;
    }

    /** The outlet's Twilio numbers (E.164), possibly none. */
    public List<String> phoneNumbers() {
        return phoneNumbers;
    }

    /** Where calls are transferred to a person (E.164), when the outlet has such a number. */
    public Optional<String> staffTransferNumber() {
        return Optional.ofNullable(staffTransferNumber);
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
        Stream<Money> fee = Stream.ofNullable(info.deliveryFee());
        Stream.concat(Stream.concat(itemPrices, surcharges), fee)
                .filter(money -> !money.currency().equals(currency))
                .findFirst()
                .ifPresent(money -> {
                    throw new InvalidMenu("Price " + money + " " + money.currency() + " is not in the menu currency " + currency);
                });
    }

    private void requirePhoneNumber(String number, String field) {
        if (number == null || !number.matches("\\+[1-9][0-9]{6,14}")) {
            throw new InvalidMenu("Outlet '" + outletId + "': " + field + " must be E.164 numbers such as"
                    + " +12125550142, not '" + number + "'");
        }
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
