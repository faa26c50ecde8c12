package io.maitre.menu.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.menu.Menu;
import io.maitre.menu.MenuCatalog;
import io.maitre.menu.MenuItem;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The four outlets built from the FoodOrdering catalogs load, each with its own rules and numbers. */
class FoodOrderingMenusTest {

    private final MenuCatalog catalog = YamlMenuCatalog.fromClasspath();

    @Test
    void everyOutletLoadsWithItsOwnZoneHoursAndNumbers() {
        assertThat(catalog.menus()).extracting(menu -> menu.outletId().value())
                .containsExactly("burger", "burrito", "coffee", "demo", "sub");
        Set<String> numbers = catalog.menus().stream().flatMap(menu -> menu.rules().phoneNumbers().stream())
                .collect(Collectors.toSet());
        assertThat(numbers).hasSize(5).contains("+12125550142");
        assertThat(catalog.menus()).allSatisfy(menu -> {
            assertThat(menu.rules().staffNumber()).isPresent();
            assertThat(menu.info().hours()).isNotBlank();
        });
        assertThat(menu("coffee").zone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(menu("burrito").rules().delivers()).isFalse();
        assertThat(menu("sub").rules().delivers()).isTrue();
    }

    @Test
    void menusUseTheCatalogsEntityIds() {
        assertThat(menu("burrito").items()).extracting(MenuItem::id)
                .contains("burrito", "burrito_bowl", "salad", "taco", "quesadilla", "chips", "bottled_water");
        assertThat(options(menu("burrito"), "burrito", "main_filling")).contains("chicken", "carnitas", "tofu");
        assertThat(options(menu("burrito"), "taco", "rice_filling")).contains("white_rice", "brown_rice");
        assertThat(menu("burger").itemsInCategory("main_dish")).extracting(MenuItem::id)
                .contains("ham_burger", "cheese_burger", "double_cheese_burger");
        assertThat(options(menu("sub"), "sandwich", "base_sandwich")).contains("black_forest_ham");
        assertThat(menu("coffee").itemsInCategory("drink")).extracting(MenuItem::id).contains("latte", "americano");
    }

    @Test
    void vagueCatalogWordsLeaveTheirOptionsOpenAndHyphenatedIdsAreKeptForTheBenchmark() {
        assertThat(menu("burrito").item("taco").flatMap(i -> i.group("bean_filling")).orElseThrow().vagueTerms())
                .singleElement().satisfies(term -> {
                    assertThat(term.words()).contains("beans");
                    assertThat(term.optionIds()).containsExactlyInAnyOrder("black_beans", "pinto_beans");
                });
        assertThat(menu("burrito").item("mexican_coca_cola").orElseThrow().benchmarkId())
                .isEqualTo("mexican_coca-cola");
    }

    private Menu menu(String outlet) {
        return catalog.menu(outlet).orElseThrow();
    }

    private static List<String> options(Menu menu, String item, String group) {
        return menu.item(item).flatMap(i -> i.group(group)).orElseThrow().options().stream()
                .map(option -> option.id()).toList();
    }
}
