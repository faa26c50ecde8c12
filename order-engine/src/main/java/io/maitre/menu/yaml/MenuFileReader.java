package io.maitre.menu.yaml;

import io.maitre.menu.InvalidMenu;
import io.maitre.menu.Menu;
import io.maitre.menu.MenuItem;
import io.maitre.menu.MenuOption;
import io.maitre.menu.Money;
import io.maitre.menu.OptionGroup;
import io.maitre.menu.OutletId;
import io.maitre.menu.StoreInfo;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads one menu YAML file, resolving shared groups and price tiers, into a validated {@link Menu}. */
final class MenuFileReader {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private MenuFileReader() {
    }

    /**
     * @param source names the file in error messages
     * @throws InvalidMenu naming the source and the problem
     */
    static Menu read(InputStream in, String source) {
        try {
            MenuFile file = YAML.readValue(in, MenuFile.class);
            if (file == null) {
                throw new InvalidMenu("the file is empty");
            }
            return toMenu(file);
        } catch (JacksonException e) {
            throw new InvalidMenu("Menu file " + source + ": " + e.getOriginalMessage()
                    + locationOf(e), e);
        } catch (InvalidMenu e) {
            throw new InvalidMenu("Menu file " + source + ": " + e.getMessage(), e);
        }
    }

    private static String locationOf(JacksonException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }

    private static Menu toMenu(MenuFile file) {
        if (file.outlet() == null) {
            throw new InvalidMenu("'outlet' is missing");
        }
        Currency currency = currency(file.currency());
        ZoneId zone = zone(file.zone());
        MenuFile.Info info = required(file.info(), "info");
        StoreInfo storeInfo = new StoreInfo(info.address(), info.phone(), info.hours(), required(info.delivers(), "info.delivers"),
                info.deliveryArea(), info.deliveryFee() == null ? null : money(info.deliveryFee(), currency));
        List<MenuItem> items = new ArrayList<>();
        for (MenuFile.Item item : required(file.items(), "items")) {
            items.add(item(item, file.sharedGroups() == null ? Map.of() : file.sharedGroups(), currency));
        }
        return new Menu(new OutletId(file.outlet()), file.name(), currency, required(file.taxRate(), "taxRate"),
                zone, storeInfo, items, file.phoneNumbers(), file.staffTransferNumber());
    }

    private static MenuItem item(MenuFile.Item item, Map<String, MenuFile.Group> shared, Currency currency) {
        List<OptionGroup> groups = new ArrayList<>();
        for (String name : item.sharedGroups() == null ? List.<String>of() : item.sharedGroups()) {
            MenuFile.Group group = shared.get(name);
            if (group == null) {
                throw new InvalidMenu("Item '" + item.id() + "' uses shared group '" + name
                        + "' which is not defined under sharedGroups");
            }
            groups.add(group(group, currency));
        }
        for (MenuFile.Group group : item.groups() == null ? List.<MenuFile.Group>of() : item.groups()) {
            groups.add(group(group, currency));
        }
        BigDecimal price = item.price();
        if (price == null) {
            throw new InvalidMenu("Item '" + item.id() + "' has no price");
        }
        return new MenuItem(item.id(), item.name(), item.category(), item.synonyms(), money(price, currency), groups);
    }

    private static OptionGroup group(MenuFile.Group group, Currency currency) {
        Map<String, MenuFile.Tier> tiers = group.tiers() == null ? Map.of() : group.tiers();
        List<MenuOption> options = new ArrayList<>();
        for (MenuFile.Option option : group.options() == null ? List.<MenuFile.Option>of() : group.options()) {
            options.add(option(group.id(), option, tiers, currency));
        }
        int maxChoices = group.maxChoices() == null ? 1 : group.maxChoices();
        return new OptionGroup(group.id(), group.name(), Boolean.TRUE.equals(group.required()), maxChoices, group.defaultOption(), options);
    }

    private static MenuOption option(String groupId, MenuFile.Option option, Map<String, MenuFile.Tier> tiers,
                                     Currency currency) {
        BigDecimal surcharge = option.surcharge();
        Map<String, BigDecimal> bySize = option.bySize();
        if (option.tier() != null) {
            if (surcharge != null || bySize != null) {
                throw new InvalidMenu("Option '" + option.id() + "' in group '" + groupId
                        + "' has both a tier and its own surcharge");
            }
            MenuFile.Tier tier = tiers.get(option.tier());
            if (tier == null) {
                throw new InvalidMenu("Option '" + option.id() + "' in group '" + groupId + "' uses tier '"
                        + option.tier() + "' which the group does not define");
            }
            surcharge = required(tier.surcharge(), "surcharge of tier '" + option.tier() + "'");
            bySize = tier.bySize();
        }
        Map<String, Money> surchargeBySize = new LinkedHashMap<>();
        if (bySize != null) {
            bySize.forEach((size, amount) -> surchargeBySize.put(size, money(amount, currency)));
        }
        return new MenuOption(option.id(), option.name(), option.synonyms(),
                money(surcharge == null ? BigDecimal.ZERO : surcharge, currency), surchargeBySize);
    }

    private static Money money(BigDecimal amount, Currency currency) {
        if (amount == null) {
            throw new InvalidMenu("a price is empty");
        }
        if (amount.scale() > currency.getDefaultFractionDigits()) {
            throw new InvalidMenu("price " + amount.toPlainString() + " has more decimals than " + currency + " allows");
        }
        return new Money(amount, currency);
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(required(code, "currency"));
        } catch (IllegalArgumentException e) {
            throw new InvalidMenu("'" + code + "' is not an ISO 4217 currency code");
        }
    }

    private static ZoneId zone(String zone) {
        try {
            return ZoneId.of(required(zone, "zone"));
        } catch (DateTimeException e) {
            throw new InvalidMenu("'" + zone + "' is not a time zone id such as America/New_York");
        }
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidMenu("'" + field + "' is missing");
        }
        return value;
    }
}
