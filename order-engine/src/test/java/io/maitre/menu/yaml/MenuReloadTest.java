package io.maitre.menu.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.menu.Menu;
import io.maitre.menu.MenuChanged;
import io.maitre.menu.MenuItem;
import io.maitre.menu.OutletId;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Menus edited in the menu directory while the service runs: taken when valid, refused when not. */
@ExtendWith(OutputCaptureExtension.class)
class MenuReloadTest {

    private static final String UPTOWN = """
            outlet: uptown
            name: Uptown Slices
            currency: USD
            tax: {rate: 0.08875}
            zone: America/New_York
            hours: {monday: ["09:00-17:00"]}
            leadTimes: {pickup: {minutes: 10}}
            info: {address: 5 Park Ave, phone: "555"}
            items:
              - {id: cheese_slice, name: Cheese Slice, category: pizza, price: 3.50}
              - {id: garlic_knots, name: Garlic Knots, category: side, price: 4.00}
            """;

    @TempDir
    Path directory;

    private YamlMenuCatalog catalog() throws IOException {
        Files.writeString(directory.resolve("uptown.yaml"), UPTOWN);
        return new YamlMenuCatalog(new MenuProperties(directory));
    }

    private void edit(String yaml) throws IOException {
        Files.writeString(directory.resolve("uptown.yaml"), yaml);
    }

    private static BigDecimal price(YamlMenuCatalog catalog, String item) {
        return catalog.menu("uptown").flatMap(menu -> menu.item(item)).orElseThrow().price().amount();
    }

    @Test
    void aNewPriceANewItemAndARemovedItemAreServedAfterAReload() throws IOException {
        YamlMenuCatalog catalog = catalog();
        assertThat(catalog.reload()).isEmpty();

        edit(UPTOWN.replace("price: 3.50", "price: 3.75")
                .replace("  - {id: garlic_knots, name: Garlic Knots, category: side, price: 4.00}\n",
                        "  - {id: zeppole, name: Zeppole, category: dessert, price: 5.00}\n"));
        List<MenuChanged> changed = catalog.reload();

        assertThat(changed).containsExactly(new MenuChanged(new OutletId("uptown")));
        assertThat(price(catalog, "cheese_slice")).isEqualByComparingTo("3.75");
        assertThat(catalog.menu("uptown").map(Menu::items).orElseThrow()).extracting(MenuItem::id)
                .containsExactly("cheese_slice", "zeppole");
        assertThat(catalog.menu("demo")).isPresent();
        assertThat(catalog.reload()).as("nothing changed since").isEmpty();
    }

    @Test
    void anInvalidEditIsRefusedNamingFileAndFieldAndTheLastGoodMenuKeepsServing(CapturedOutput output)
            throws IOException {
        YamlMenuCatalog catalog = catalog();

        edit(UPTOWN.replace("[\"09:00-17:00\"]", "[\"09:00-17:00\", \"16:00-22:00\"]").replace("3.50", "9.99"));

        assertThat(catalog.reload()).isEmpty();
        assertThat(price(catalog, "cheese_slice")).isEqualByComparingTo("3.50");
        assertThat(output).contains("uptown.yaml").contains("hours.monday").contains("edit refused")
                .contains("outlet 'uptown' keeps its last good menu");

        edit(UPTOWN.replace("3.50", "3.60"));
        assertThat(catalog.reload()).hasSize(1);
        assertThat(price(catalog, "cheese_slice")).isEqualByComparingTo("3.60");
    }

    @Test
    void aFileCannotTakeAnotherOutletsIdNorAnOutletOfTheClasspath(CapturedOutput output) throws IOException {
        YamlMenuCatalog catalog = catalog();

        Files.writeString(directory.resolve("copy.yaml"), UPTOWN.replace("outlet: uptown", "outlet: demo"));
        edit(UPTOWN.replace("outlet: uptown", "outlet: midtown"));

        assertThat(catalog.reload()).isEmpty();
        assertThat(catalog.menu("demo").orElseThrow().name()).isNotEqualTo("Uptown Slices");
        assertThat(catalog.menu("midtown")).isEmpty();
        assertThat(output).contains("copy.yaml: outlet 'demo' is already defined by")
                .contains("outlet 'uptown' cannot become 'midtown'");
    }

    @Test
    void aNewFileAddsAnOutletAndAGoneFileLeavesItsMenuServing() throws IOException {
        YamlMenuCatalog catalog = catalog();

        Files.writeString(directory.resolve("midtown.yml"), UPTOWN.replace("outlet: uptown", "outlet: midtown"));
        Files.delete(directory.resolve("uptown.yaml"));

        assertThat(catalog.reload()).containsExactly(new MenuChanged(new OutletId("midtown")));
        assertThat(catalog.menu("midtown")).isPresent();
        assertThat(catalog.menu("uptown")).isPresent();
    }

    @Test
    void theWatcherReloadsOnceAnEditHasSettledAndPublishesWhatChanged() throws IOException {
        YamlMenuCatalog catalog = catalog();
        List<Object> published = new ArrayList<>();
        MenuDirectoryWatcher watcher = new MenuDirectoryWatcher(catalog, new MenuProperties(directory),
                published::add);
        watcher.poll();

        edit(UPTOWN.replace("3.50", "3.95"));
        watcher.poll();
        assertThat(published).as("the file may still be being written").isEmpty();
        assertThat(price(catalog, "cheese_slice")).isEqualByComparingTo("3.50");

        watcher.poll();
        assertThat(published).containsExactly(new MenuChanged(new OutletId("uptown")));
        assertThat(price(catalog, "cheese_slice")).isEqualByComparingTo("3.95");

        watcher.poll();
        assertThat(published).hasSize(1);
    }

    @Test
    void withoutADirectoryNothingIsWatched() {
        YamlMenuCatalog catalog = YamlMenuCatalog.fromClasspath();
        MenuDirectoryWatcher watcher = new MenuDirectoryWatcher(catalog, new MenuProperties(null), event -> {
        });

        watcher.start();

        assertThat(watcher.isRunning()).isFalse();
        assertThat(catalog.reload()).isEmpty();
    }
}
