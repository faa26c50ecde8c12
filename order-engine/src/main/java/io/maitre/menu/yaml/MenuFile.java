package io.maitre.menu.yaml;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The YAML shape of one outlet's menu; {@link MenuFileReader} turns it into a validated {@code Menu}.
 * {@code phoneNumbers} are the outlet's Twilio numbers and {@code staffTransferNumber} where calls go to a person.
 */
record MenuFile(String outlet, String name, String currency, BigDecimal taxRate, String zone, Info info,
                List<String> phoneNumbers, String staffTransferNumber,
                Map<String, Group> sharedGroups, List<Item> items) {

    record Info(String address, String phone, String hours, Boolean delivers, String deliveryArea,
                BigDecimal deliveryFee) {
    }

    /** {@code sharedGroups} names entries of the file's {@code sharedGroups}, placed before {@code groups}. */
    record Item(String id, String name, String category, List<String> synonyms, BigDecimal price,
                List<String> sharedGroups, List<Group> groups) {
    }

    /** {@code tiers} are named surcharge schedules that options refer to instead of repeating prices. */
    record Group(String id, String name, Boolean required, Integer maxChoices, String defaultOption,
                 Map<String, Tier> tiers, List<Option> options) {
    }

    record Tier(BigDecimal surcharge, Map<String, BigDecimal> bySize) {
    }

    record Option(String id, String name, List<String> synonyms, BigDecimal surcharge,
                  Map<String, BigDecimal> bySize, String tier) {
    }
}
