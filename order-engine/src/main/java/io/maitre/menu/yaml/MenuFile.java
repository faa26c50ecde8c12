package io.maitre.menu.yaml;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The YAML shape of one outlet's menu; {@link MenuFileReader} turns it into a validated {@code Menu}. */
record MenuFile(String outlet, String name, String currency, String zone, Tax tax, List<String> phoneNumbers,
                String staffNumber, Map<String, List<String>> hours, List<String> closedDates, LeadTimes leadTimes,
                Delivery delivery, Info info, Map<String, Group> sharedGroups, List<Item> items) {

    /** What customers are told; hours and delivery terms come from the rules. */
    record Info(String address, String phone, String deliveryArea) {
    }

    record Tax(BigDecimal rate, Boolean included, Boolean onDeliveryFee) {
    }

    record LeadTimes(Lead pickup, Lead delivery) {
    }

    /** {@code extraMinutes} for every further {@code perItems} items. */
    record Lead(Integer minutes, Integer extraMinutes, Integer perItems) {
    }

    record Delivery(BigDecimal fee, BigDecimal minimum, Area area) {
    }

    /** Either {@code postalCodes}, or {@code centre} and {@code radiusKm}. */
    record Area(List<String> postalCodes, Centre centre, Double radiusKm) {
    }

    record Centre(Double latitude, Double longitude) {
    }

    /** {@code sharedGroups} names entries of the file's {@code sharedGroups}, placed before {@code groups}. */
    record Item(String id, String name, String category, List<String> synonyms, BigDecimal price,
                List<String> sharedGroups, List<Group> groups, String benchmarkId) {
    }

    /** {@code tiers} are named surcharge schedules that options refer to instead of repeating prices. */
    record Group(String id, String name, Boolean required, Integer maxChoices, String defaultOption,
                 Map<String, Tier> tiers, List<Option> options, List<Vague> vague) {
    }

    /** Words naming the group without choosing: {@code {words: [beans], options: [black_beans, pinto_beans]}}. */
    record Vague(List<String> words, List<String> options) {
    }

    record Tier(BigDecimal surcharge, Map<String, BigDecimal> bySize) {
    }

    /** {@code excludes}: groups of the item this option rules out (a can has no size). */
    record Option(String id, String name, List<String> synonyms, BigDecimal surcharge,
                  Map<String, BigDecimal> bySize, String tier, List<String> excludes, String benchmarkId) {
    }
}
