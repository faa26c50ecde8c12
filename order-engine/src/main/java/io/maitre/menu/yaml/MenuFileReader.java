package io.maitre.menu.yaml;

import io.maitre.menu.DeliveryArea;
import io.maitre.menu.DeliveryRules;
import io.maitre.menu.GeoPoint;
import io.maitre.menu.InvalidMenu;
import io.maitre.menu.LeadTime;
import io.maitre.menu.Menu;
import io.maitre.menu.MenuItem;
import io.maitre.menu.MenuOption;
import io.maitre.menu.Money;
import io.maitre.menu.OpeningHours;
import io.maitre.menu.OpeningRange;
import io.maitre.menu.OptionGroup;
import io.maitre.menu.OutletId;
import io.maitre.menu.OutletRules;
import io.maitre.menu.StoreInfo;
import io.maitre.menu.TaxRule;
import io.maitre.menu.VagueTerm;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads one menu YAML file, resolving shared groups and price tiers, into a validated {@link Menu} with its
 * {@link OutletRules}. Every problem is reported as an {@link InvalidMenu} naming the file and the field.
 */
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
        OutletRules rules = rules(file, currency);
        MenuFile.Info info = required(file.info(), "info");
        StoreInfo storeInfo = new StoreInfo(info.address(), info.phone(), rules.hours().describe(), rules.delivers(),
                rules.delivers() ? required(info.deliveryArea(), "info.deliveryArea") : null,
                rules.deliveryRules().map(DeliveryRules::fee).orElse(null));
        List<MenuItem> items = new ArrayList<>();
        for (MenuFile.Item item : required(file.items(), "items")) {
            items.add(item(item, file.sharedGroups() == null ? Map.of() : file.sharedGroups(), currency));
        }
        return new Menu(new OutletId(file.outlet()), file.name(), currency, storeInfo, rules, items);
    }

    private static OutletRules rules(MenuFile file, Currency currency) {
        ZoneId zone = zone(file.zone());
        OpeningHours hours = new OpeningHours(weekly(required(file.hours(), "hours")), closedDates(file.closedDates()));
        MenuFile.LeadTimes leads = required(file.leadTimes(), "leadTimes");
        LeadTime pickup = lead(required(leads.pickup(), "leadTimes.pickup"), "leadTimes.pickup");
        LeadTime deliveryLead = leads.delivery() == null ? null : lead(leads.delivery(), "leadTimes.delivery");
        MenuFile.Tax tax = required(file.tax(), "tax");
        TaxRule taxRule = new TaxRule(required(tax.rate(), "tax.rate"), Boolean.TRUE.equals(tax.included()),
                !Boolean.FALSE.equals(tax.onDeliveryFee()));
        return new OutletRules(zone, hours, pickup, deliveryLead, delivery(file.delivery(), currency), taxRule,
                file.phoneNumbers(), file.staffNumber());
    }

    private static Map<DayOfWeek, List<OpeningRange>> weekly(Map<String, List<String>> hours) {
        Map<DayOfWeek, List<OpeningRange>> weekly = new EnumMap<>(DayOfWeek.class);
        hours.forEach((day, ranges) -> {
            DayOfWeek weekday;
            try {
                weekday = DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidMenu("hours: '" + day + "' is not a weekday (monday ... sunday)");
            }
            List<OpeningRange> parsed = new ArrayList<>();
            for (String range : ranges == null ? List.<String>of() : ranges) {
                try {
                    parsed.add(OpeningRange.parse(range));
                } catch (InvalidMenu e) {
                    throw new InvalidMenu("hours." + day + ": " + e.getMessage());
                }
            }
            weekly.put(weekday, parsed);
        });
        return weekly;
    }

    private static Set<LocalDate> closedDates(List<String> dates) {
        Set<LocalDate> closed = new LinkedHashSet<>();
        for (String date : dates == null ? List.<String>of() : dates) {
            try {
                closed.add(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                throw new InvalidMenu("closedDates: '" + date + "' is not a date like 2026-12-25");
            }
        }
        return closed;
    }

    private static LeadTime lead(MenuFile.Lead lead, String field) {
        int minutes = required(lead.minutes(), field + ".minutes");
        int extra = lead.extraMinutes() == null ? 0 : lead.extraMinutes();
        int perItems = lead.perItems() == null ? 0 : lead.perItems();
        if (minutes < 0 || extra < 0 || perItems < 0) {
            throw new InvalidMenu(field + ": minutes, extraMinutes and perItems cannot be negative");
        }
        if ((extra > 0) != (perItems > 0)) {
            throw new InvalidMenu(field + ": extraMinutes and perItems go together");
        }
        return new LeadTime(Duration.ofMinutes(minutes), perItems, Duration.ofMinutes(extra));
    }

    private static DeliveryRules delivery(MenuFile.Delivery delivery, Currency currency) {
        if (delivery == null) {
            return null;
        }
        MenuFile.Area area = required(delivery.area(), "delivery.area");
        boolean byCodes = area.postalCodes() != null;
        boolean byRadius = area.centre() != null || area.radiusKm() != null;
        if (byCodes == byRadius) {
            throw new InvalidMenu("delivery.area needs either postalCodes, or centre and radiusKm");
        }
        DeliveryArea where;
        if (byCodes) {
            where = new DeliveryArea.PostalCodes(Set.copyOf(area.postalCodes()));
        } else {
            MenuFile.Centre centre = required(area.centre(), "delivery.area.centre");
            where = new DeliveryArea.Radius(new GeoPoint(required(centre.latitude(), "delivery.area.centre.latitude"),
                    required(centre.longitude(), "delivery.area.centre.longitude")),
                    required(area.radiusKm(), "delivery.area.radiusKm"));
        }
        return new DeliveryRules(money(required(delivery.fee(), "delivery.fee"), currency),
                money(delivery.minimum() == null ? BigDecimal.ZERO : delivery.minimum(), currency), where);
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
        return new MenuItem(item.id(), item.name(), item.category(), item.synonyms(), money(price, currency), groups,
                item.benchmarkId());
    }

    private static OptionGroup group(MenuFile.Group group, Currency currency) {
        Map<String, MenuFile.Tier> tiers = group.tiers() == null ? Map.of() : group.tiers();
        List<MenuOption> options = new ArrayList<>();
        for (MenuFile.Option option : group.options() == null ? List.<MenuFile.Option>of() : group.options()) {
            options.add(option(group.id(), option, tiers, currency));
        }
        int maxChoices = group.maxChoices() == null ? 1 : group.maxChoices();
        List<VagueTerm> vague = new ArrayList<>();
        for (MenuFile.Vague term : group.vague() == null ? List.<MenuFile.Vague>of() : group.vague()) {
            vague.add(new VagueTerm(term.words(), term.options()));
        }
        return new OptionGroup(group.id(), group.name(), Boolean.TRUE.equals(group.required()), maxChoices,
                group.defaultOption(), options, vague);
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
                money(surcharge == null ? BigDecimal.ZERO : surcharge, currency), surchargeBySize, option.excludes(),
                option.benchmarkId());
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
