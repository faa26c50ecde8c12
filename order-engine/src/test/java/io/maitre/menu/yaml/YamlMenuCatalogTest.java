package io.maitre.menu.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maitre.menu.InvalidMenu;
import io.maitre.menu.Menu;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlMenuCatalogTest {

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
            """;

    @TempDir
    Path directory;

    @Test
    void loadsTheClasspathMenus() {
        YamlMenuCatalog catalog = YamlMenuCatalog.fromClasspath();

        assertThat(catalog.menu("demo")).isPresent();
        assertThat(catalog.menu("nowhere")).isEmpty();
        assertThat(catalog.menu(null)).isEmpty();
    }

    @Test
    void addsTheMenusOfTheConfiguredDirectory() throws IOException {
        Files.writeString(directory.resolve("uptown.yml"), UPTOWN);
        Files.writeString(directory.resolve("notes.txt"), "not a menu");

        YamlMenuCatalog catalog = new YamlMenuCatalog(new MenuProperties(directory));

        assertThat(catalog.menus()).extracting(menu -> menu.outletId().value()).containsExactly("burger", "burrito", "coffee", "demo", "sub", "uptown");
        assertThat(catalog.menu("uptown").map(Menu::name)).contains("Uptown Slices");
    }

    @Test
    void failsOnABadFileNamingIt() throws IOException {
        Files.writeString(directory.resolve("broken.yaml"), UPTOWN.replace("price: 3.50", "price: -3.50"));

        assertThatThrownBy(() -> new YamlMenuCatalog(new MenuProperties(directory)))
                .isInstanceOf(InvalidMenu.class)
                .hasMessageContaining("broken.yaml")
                .hasMessageContaining("negative price");
    }

    @Test
    void failsWhenTwoFilesDefineTheSameOutlet() throws IOException {
        Files.writeString(directory.resolve("a.yaml"), UPTOWN);
        Files.writeString(directory.resolve("b.yaml"), UPTOWN);

        assertThatThrownBy(() -> new YamlMenuCatalog(new MenuProperties(directory)))
                .isInstanceOf(InvalidMenu.class)
                .hasMessageContaining("b.yaml")
                .hasMessageContaining("outlet 'uptown' is already defined by")
                .hasMessageContaining("a.yaml");
    }

    @Test
    void failsWhenTheDirectoryIsMissing() {
        Path missing = directory.resolve("missing");

        assertThatThrownBy(() -> new YamlMenuCatalog(new MenuProperties(missing)))
                .isInstanceOf(InvalidMenu.class)
                .hasMessageContaining("maitre.menu.directory");
    }
}
