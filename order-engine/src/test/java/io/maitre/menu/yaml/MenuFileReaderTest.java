package io.maitre.menu.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maitre.menu.DeliveryArea;
import io.maitre.menu.DeliveryRules;
import io.maitre.menu.GeoPoint;
import io.maitre.menu.InvalidMenu;
import io.maitre.menu.LeadTime;
import io.maitre.menu.Menu;
import io.maitre.menu.MenuOption;
import io.maitre.menu.Money;
import io.maitre.menu.OpeningRange;
import io.maitre.menu.OptionGroup;
import io.maitre.menu.OutletRules;
import io.maitre.menu.TaxRule;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MenuFileReaderTest {

    private static final String HEADER = """
            outlet: corner
            name: Corner Pizza
            currency: USD
            tax: {rate: 0.1}
            zone: Europe/Paris
            hours: {monday: ["09:00-17:00"]}
            leadTimes: {pickup: {minutes: 10}}
            info: {address: 1 Main St, phone: "555"}
            """;

    private static final String PIZZA = """
            items:
              - id: pizza
                name: Pizza
                category: pizza
                price: 9.50
                groups:
                  - id: size
                    name: Size
                    required: true
                    defaultOption: small
                    options:
                      - {id: small, name: Small}
                      - {id: large, name: Large, surcharge: 3}
                  - id: topping
                    name: Topping
                    maxChoices: 5
                    tiers:
                      meat: {surcharge: 1.50, bySize: {small: 1.00, large: 2.00}}
                    options:
                      - {id: ham, name: Ham, tier: meat}
                      - {id: basil, name: Basil, surcharge: 0.25, bySize: {large: 0.50}}
            """;

    @Test
    void readsAValidFileResolvingTiers() {
        Menu menu = read(HEADER + PIZZA);

        assertThat(menu.outletId().value()).isEqualTo("corner");
        assertThat(menu.info().deliveryFee()).isNull();
        MenuOption ham = menu.item("pizza").flatMap(p -> p.group("topping")).flatMap(g -> g.option("ham")).orElseThrow();
        assertThat(ham.surcharge()).isEqualTo(Money.of("1.50", "USD"));
        assertThat(ham.surchargeFor("large")).isEqualTo(Money.of("2.00", "USD"));
        assertThat(ham.surchargeFor(null)).isEqualTo(Money.of("1.50", "USD"));
        assertThat(menu.item("pizza").flatMap(p -> p.group("size")).flatMap(g -> g.option("small")).orElseThrow()
                .surcharge().isZero()).isTrue();
        assertThat(menu.item("pizza").flatMap(p -> p.group("size")).orElseThrow().maxChoices()).isEqualTo(1);
    }

    @Test
    void rejectsDuplicateItemIds() {
        String file = HEADER + PIZZA + """
                  - {id: pizza, name: Another Pizza, category: pizza, price: 1}
                """;

        assertProblem(file, "Item id 'pizza' is used twice");
    }

    @Test
    void rejectsDuplicateOptionIds() {
        assertProblem(HEADER + PIZZA.replace("{id: large, name: Large", "{id: small, name: Large"),
                "option id 'small' is used twice");
    }

    @Test
    void readsVagueTermsAndBenchmarkIds() {
        Menu menu = read(HEADER + PIZZA
                .replace("{id: ham, name: Ham, tier: meat}", "{id: ham, name: Ham, tier: meat, benchmarkId: ham-slices}")
                .replace("    name: Pizza\n", "    name: Pizza\n    benchmarkId: pizza-pie\n")
                + vague("[ham, basil]"));

        OptionGroup topping = menu.item("pizza").orElseThrow().group("topping").orElseThrow();
        assertThat(topping.vagueTerms()).singleElement().satisfies(term -> {
            assertThat(term.words()).containsExactly("meat");
            assertThat(term.optionIds()).containsExactly("ham", "basil");
        });
        assertThat(topping.option("ham").orElseThrow().benchmarkId()).isEqualTo("ham-slices");
        assertThat(topping.option("basil").orElseThrow().benchmarkId()).isNull();
        assertThat(menu.item("pizza").orElseThrow().benchmarkId()).isEqualTo("pizza-pie");
    }

    @Test
    void rejectsVagueTermsNamingAnUnknownOptionOrOnlyOne() {
        assertProblem(HEADER + PIZZA + vague("[ham, salami]"),
                "vague term [meat] names 'salami' which is not one of its options");
        assertProblem(HEADER + PIZZA + vague("[ham]"), "must leave at least two options open");
    }

    /** The topping group's vague term "meat", the group being the last of the file. */
    private static String vague(String options) {
        return "        vague:\n          - {words: [\"meat\"], options: " + options + "}\n";
    }

    @Test
    void rejectsADefaultThatIsNotAnOption() {
        assertProblem(HEADER + PIZZA.replace("defaultOption: small", "defaultOption: huge"),
                "default 'huge' which is not one of its options");
    }

    @Test
    void rejectsNegativePrices() {
        assertProblem(HEADER + PIZZA.replace("price: 9.50", "price: -1"), "negative price");
        assertProblem(HEADER + PIZZA.replace("surcharge: 3}", "surcharge: -3}"), "negative price");
        assertProblem(HEADER + PIZZA.replace("large: 0.50", "large: -0.50"), "negative price");
    }

    @Test
    void rejectsPricesFinerThanCents() {
        assertProblem(HEADER + PIZZA.replace("price: 9.50", "price: 9.505"), "more decimals than USD allows");
    }

    @Test
    void rejectsUnknownTiersAndSizes() {
        assertProblem(HEADER + PIZZA.replace("tier: meat", "tier: fish"), "uses tier 'fish'");
        assertProblem(HEADER + PIZZA.replace("bySize: {large: 0.50}", "bySize: {giant: 0.50}"), "size 'giant'");
    }

    @Test
    void rejectsUnknownCategoriesAndMalformedIds() {
        assertProblem(HEADER + PIZZA.replace("category: pizza", "category: Pasta Dishes"), "category id 'Pasta Dishes'");
        assertProblem(HEADER + PIZZA.replace("id: ham", "id: Ham-Slices"), "not lower snake_case");
    }

    @Test
    void rejectsMissingFieldsAndTypos() {
        assertProblem(HEADER.replace("zone: Europe/Paris", "zone: Mars/Olympus") + PIZZA, "not a time zone");
        assertProblem(HEADER.replace("currency: USD", "currency: DOLLARS") + PIZZA, "not an ISO 4217 currency");
        assertProblem(HEADER.replace("rate: 0.1", "rate: 8.875") + PIZZA, "Tax rate 8.875");
        assertProblem(HEADER + PIZZA.replace("price: 9.50", "pirce: 9.50"), "pirce");
        assertProblem(HEADER, "'items' is missing");
        assertProblem("", "corner.yaml");
    }

    private static final String RULES = """
            outlet: corner
            name: Corner Pizza
            currency: USD
            zone: America/New_York
            tax: {rate: 0.08875, onDeliveryFee: false}
            phoneNumbers: ["+12125550142", "+12125550144"]
            staffNumber: "+12125550143"
            hours:
              monday: ["11:00-15:00", "17:00-22:00"]
              friday: ["11:00-02:00"]
            closedDates: [2026-12-25]
            leadTimes:
              pickup: {minutes: 15, extraMinutes: 5, perItems: 4}
              delivery: {minutes: 40}
            delivery:
              fee: 3.99
              minimum: 15
              area: {postalCodes: ["10013"]}
            info: {address: 1 Main St, phone: "555", deliveryArea: SoHo}
            """;

    @Test
    void readsTheOutletsRules() {
        Menu menu = read(RULES + PIZZA);

        OutletRules rules = menu.rules();
        assertThat(rules.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(rules.hours().ranges(DayOfWeek.MONDAY)).containsExactly(OpeningRange.parse("11:00-15:00"),
                OpeningRange.parse("17:00-22:00"));
        assertThat(rules.hours().ranges(DayOfWeek.FRIDAY).get(0).pastMidnight()).isTrue();
        assertThat(rules.hours().ranges(DayOfWeek.SUNDAY)).isEmpty();
        assertThat(rules.hours().closedDates()).containsExactly(LocalDate.of(2026, 12, 25));
        assertThat(rules.pickup().lead()).isEqualTo(new LeadTime(Duration.ofMinutes(15), 4, Duration.ofMinutes(5)));
        assertThat(rules.delivery().orElseThrow().lead()).isEqualTo(LeadTime.minutes(40));
        DeliveryRules delivery = rules.deliveryRules().orElseThrow();
        assertThat(delivery.fee()).isEqualTo(Money.of("3.99", "USD"));
        assertThat(delivery.minimum()).isEqualTo(Money.of("15.00", "USD"));
        assertThat(delivery.area()).isEqualTo(new DeliveryArea.PostalCodes(Set.of("10013")));
        assertThat(rules.tax()).isEqualTo(new TaxRule(new BigDecimal("0.08875"), false, false));
        assertThat(rules.phoneNumbers()).containsExactly("+12125550142", "+12125550144");
        assertThat(rules.staffNumber()).contains("+12125550143");
        assertThat(menu.info().delivers()).isTrue();
        assertThat(menu.info().deliveryFee()).isEqualTo(Money.of("3.99", "USD"));
        assertThat(menu.info().hours()).isEqualTo("Mon 11am-3pm and 5pm-10pm, Fri 11am-2am");
    }

    @Test
    void readsARadiusArea() {
        Menu menu = read(RULES.replace("area: {postalCodes: [\"10013\"]}",
                "area: {centre: {latitude: 40.719, longitude: -73.997}, radiusKm: 3}") + PIZZA);

        assertThat(menu.rules().deliveryRules().orElseThrow().area())
                .isEqualTo(new DeliveryArea.Radius(new GeoPoint(40.719, -73.997), 3));
    }

    @Test
    void namesTheFieldOfABadRule() {
        assertProblem(RULES.replace("monday:", "mon:") + PIZZA, "hours: 'mon' is not a weekday");
        assertProblem(RULES.replace("\"17:00-22:00\"", "\"5pm-10pm\"") + PIZZA, "hours.monday: opening range");
        assertProblem(RULES.replace("\"17:00-22:00\"", "\"14:00-22:00\"") + PIZZA, "hours.monday: ranges");
        assertProblem(RULES.replace("[2026-12-25]", "[christmas]") + PIZZA, "closedDates: 'christmas' is not a date");
        assertProblem(RULES.replace("{minutes: 40}", "{extraMinutes: 5}") + PIZZA, "'leadTimes.delivery.minutes' is missing");
        assertProblem(RULES.replace("{minutes: 15, extraMinutes: 5, perItems: 4}", "{minutes: 15, extraMinutes: 5}")
                + PIZZA, "leadTimes.pickup: extraMinutes and perItems go together");
        assertProblem(RULES.replace("  delivery: {minutes: 40}\n", "") + PIZZA, "'delivery' needs leadTimes.delivery");
        assertProblem(RULES.replace("fee: 3.99", "fee: 3.999") + PIZZA, "more decimals than USD allows");
        assertProblem(RULES.replace("area: {postalCodes: [\"10013\"]}", "area: {}") + PIZZA,
                "delivery.area needs either postalCodes, or centre and radiusKm");
        assertProblem(RULES.replace("\"+12125550144\"", "\"212 555 0144\"") + PIZZA, "phoneNumbers: '212 555 0144'");
        assertProblem(RULES.replace("staffNumber: \"+12125550143\"", "staffNumber: \"call Bob\"") + PIZZA,
                "staffNumber: 'call Bob'");
        assertProblem(RULES.replace(", deliveryArea: SoHo", "") + PIZZA, "'info.deliveryArea' is missing");
        assertProblem(RULES.replace("leadTimes:", "leadTime:") + PIZZA, "leadTime");
        assertProblem(HEADER.replace("hours: {monday: [\"09:00-17:00\"]}\n", "") + PIZZA, "'hours' is missing");
    }

    private static Menu read(String yaml) {
        return MenuFileReader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "corner.yaml");
    }

    private static void assertProblem(String yaml, String problem) {
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(InvalidMenu.class)
                .hasMessageStartingWith("Menu file corner.yaml: ")
                .hasMessageContaining(problem);
    }
}
