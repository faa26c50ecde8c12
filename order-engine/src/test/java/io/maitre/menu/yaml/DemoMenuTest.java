package io.maitre.menu.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.maitre.cart.Cart;
import io.maitre.cart.CartEditor;
import io.maitre.cart.ItemSelection;
import io.maitre.cart.OptionChoice;
import io.maitre.menu.Menu;
import io.maitre.menu.MenuItem;
import io.maitre.menu.MenuOption;
import io.maitre.menu.Money;
import io.maitre.menu.OptionGroup;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoMenuTest {

    private final Menu demo = YamlMenuCatalog.fromClasspath().menu("demo").orElseThrow();

    @Test
    void describesTheDemoPizzeria() {
        assertThat(demo.name()).isEqualTo("Maitre Demo Pizzeria");
        assertThat(demo.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(demo.rules().tax().rate()).isEqualByComparingTo("0.08875");
        assertThat(demo.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(demo.info().delivers()).isTrue();
        assertThat(demo.info().address()).isNotBlank();
        assertThat(demo.info().phone()).isNotBlank();
        assertThat(demo.info().hours()).isNotBlank();
        assertThat(demo.info().deliveryArea()).isNotBlank();
        assertThat(demo.info().deliveryFee()).isEqualTo(Money.of("3.99", "USD"));
    }

    @Test
    void hasTheItemsNamedInTheDesign() {
        assertThat(demo.item("pizza")).map(MenuItem::category).contains("pizza");
        assertThat(demo.itemsInCategory("side")).extracting(MenuItem::id)
                .contains("garlic_bread", "wings", "side_salad");
        assertThat(demo.itemsInCategory("dessert")).extracting(MenuItem::id).contains("cinnamon_sticks");
        assertThat(optionIds(demo.item("wings").orElseThrow(), "size")).containsExactly("6_piece", "12_piece");
        assertThat(demo.item("wings").flatMap(wings -> wings.group("size")).orElseThrow().defaultOptionId()).isNull();
    }

    @Test
    void pizzaSizeIsRequiredWithoutDefaultSoTheBotAsks() {
        OptionGroup size = demo.item("pizza").flatMap(pizza -> pizza.group("size")).orElseThrow();

        assertThat(size.required()).isTrue();
        assertThat(size.defaultOptionId()).isNull();
        assertThat(size.maxChoices()).isEqualTo(1);
        assertThat(optionIds(demo.item("pizza").orElseThrow(), "size")).containsExactlyInAnyOrder("small", "medium",
                "large", "extra_large", "regular", "party_size", "lunch_size", "personal_size");
    }

    @Test
    void stylesCombineAndToppingsCostMoreOnBiggerPizzas() {
        MenuItem pizza = demo.item("pizza").orElseThrow();
        MenuOption pepperoni = pizza.group("topping").flatMap(group -> group.option("pepperoni")).orElseThrow();

        assertThat(pizza.group("style").orElseThrow().maxChoices()).isGreaterThanOrEqualTo(3);
        assertThat(pepperoni.surchargeFor("large")).isGreaterThan(pepperoni.surchargeFor("small"));
        assertThat(pepperoni.surchargeFor("party_size")).isGreaterThan(pepperoni.surchargeFor("large"));
        assertThat(pizza.group("topping").flatMap(group -> group.option("olives")).orElseThrow().synonyms())
                .contains("black olives", "olive");
    }

    @Test
    void drinksHaveAFountainSizeUnlessCannedOrBottled() {
        List<MenuItem> drinks = demo.itemsInCategory("drink");

        assertThat(drinks).extracting(MenuItem::id).contains("coke", "diet_coke", "sprite", "pepsi", "diet_pepsi",
                "dr_pepper", "ginger_ale", "water");
        for (MenuItem drink : drinks) {
            OptionGroup size = drink.group("size").orElseThrow();
            assertThat(size.required()).isTrue();
            assertThat(size.defaultOptionId()).as(drink.id()).isNotNull();
            assertThat(optionIds(drink, "container")).containsExactlyInAnyOrder("bottle", "can");
            assertThat(drink.group("container").orElseThrow().required()).isFalse();
            assertThat(drink.group("volume").orElseThrow().required()).isFalse();
        }
        MenuOption twoLiter = demo.item("coke").flatMap(coke -> coke.group("volume"))
                .flatMap(volume -> volume.option("2_liter")).orElseThrow();
        MenuOption can = demo.item("coke").flatMap(coke -> coke.group("volume"))
                .flatMap(volume -> volume.option("12_floz")).orElseThrow();
        assertThat(twoLiter.surcharge()).isGreaterThan(can.surcharge());
        assertThat(demo.item("seven_up").orElseThrow().synonyms()).contains("7 up", "7-up");
        CartEditor editor = new CartEditor(demo);
        assertThat(editor.add(Cart.empty(), ItemSelection.of("coke", OptionChoice.of("volume", "2_liter")))
                .lines().get(0).options()).as("a 2-liter bottle has no small, medium or large")
                .containsExactly(OptionChoice.of("volume", "2_liter"));
        assertThat(editor.add(Cart.empty(), ItemSelection.of("coke", OptionChoice.of("container", "can")))
                .lines().get(0).options()).as("a can has no size").containsExactly(OptionChoice.of("container", "can"));
        assertThat(editor.add(Cart.empty(), ItemSelection.of("coke")).lines().get(0).options())
                .as("a fountain coke is medium unless said").containsExactly(OptionChoice.of("size", "medium"));
        assertThat(demo.item("coke").orElseThrow().synonyms()).contains("coca cola", "coca-cola");
    }

    @Test
    void itemsCostSomethingAndEverythingHasLowerCaseSynonyms() {
        for (MenuItem item : demo.items()) {
            assertThat(item.price().amount()).as(item.id()).isGreaterThan(BigDecimal.ZERO);
            assertThat(item.synonyms()).as(item.id()).isNotEmpty().allMatch(s -> s.equals(s.toLowerCase()));
            item.optionGroups().stream().flatMap(group -> group.options().stream())
                    .forEach(option -> assertThat(option.synonyms()).as(item.id() + "/" + option.id())
                            .isNotEmpty().allMatch(s -> s.equals(s.toLowerCase())));
        }
    }

    @Test
    void coversEveryEntityOfThePizzaCatalogs() {
        Optional<PizzaCatalogs> catalogs = PizzaCatalogs.find();
        assumeTrue(catalogs.isPresent(),
                "PIZZA catalogs not found (set -Dmaitre.pizza.catalogs=DIR); skipping the coverage check");
        PizzaCatalogs pizza = catalogs.orElseThrow();
        MenuItem item = demo.item("pizza").orElseThrow();

        assertThat(optionIds(item, "size")).containsAll(pizza.ids("size.txt"));
        assertThat(optionIds(item, "style")).containsAll(pizza.ids("style.txt"));
        assertThat(optionIds(item, "topping")).containsAll(pizza.ids("topping.txt"));
        Set<String> drinkIds = demo.itemsInCategory("drink").stream().map(MenuItem::id).collect(Collectors.toSet());
        assertThat(drinkIds).containsAll(pizza.ids("drinks.txt"));
        for (MenuItem drink : demo.itemsInCategory("drink")) {
            assertThat(optionIds(drink, "container")).containsAll(pizza.ids("container.txt"));
            assertThat(optionIds(drink, "volume")).containsAll(pizza.ids("drink_volume.txt"));
        }
        assertThat(pizza.ids("topping.txt")).hasSizeGreaterThan(50);
    }

    private static Collection<String> optionIds(MenuItem item, String group) {
        return item.group(group).orElseThrow().options().stream().map(MenuOption::id).toList();
    }
}
