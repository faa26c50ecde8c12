package io.maitre.menu.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maitre.menu.InvalidMenu;
import io.maitre.menu.Menu;
import io.maitre.menu.MenuOption;
import io.maitre.menu.Money;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MenuFileReaderTest {

    private static final String HEADER = """
            outlet: corner
            name: Corner Pizza
            currency: USD
            taxRate: 0.1
            zone: Europe/Paris
            info: {address: 1 Main St, phone: "555", hours: 9-5, delivers: false}
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
        assertProblem(HEADER + PIZZA.replace("category: pizza", "category: pasta"), "category 'pasta'");
        assertProblem(HEADER + PIZZA.replace("id: ham", "id: Ham-Slices"), "not lower snake_case");
    }

    @Test
    void rejectsMissingFieldsAndTypos() {
        assertProblem(HEADER.replace("zone: Europe/Paris", "zone: Mars/Olympus") + PIZZA, "not a time zone");
        assertProblem(HEADER.replace("currency: USD", "currency: DOLLARS") + PIZZA, "not an ISO 4217 currency");
        assertProblem(HEADER.replace("taxRate: 0.1", "taxRate: 8.875") + PIZZA, "Tax rate 8.875");
        assertProblem(HEADER + PIZZA.replace("price: 9.50", "pirce: 9.50"), "pirce");
        assertProblem(HEADER, "'items' is missing");
        assertProblem("", "corner.yaml");
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
