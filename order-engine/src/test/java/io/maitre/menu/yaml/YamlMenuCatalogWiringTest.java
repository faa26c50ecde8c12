package io.maitre.menu.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.menu.InvalidMenu;
import io.maitre.menu.MenuCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class YamlMenuCatalogWiringTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(YamlMenuCatalog.class);

    @TempDir
    Path directory;

    @Test
    void isTheMenuCatalogBeanAndReadsTheConfiguredDirectory() throws IOException {
        Files.writeString(directory.resolve("uptown.yaml"), """
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
                """);

        context.withPropertyValues("maitre.menu.directory=" + directory).run(started -> {
            assertThat(started).hasSingleBean(MenuCatalog.class);
            assertThat(started.getBean(MenuCatalog.class).menu("uptown")).isPresent();
            assertThat(started.getBean(MenuCatalog.class).menu("demo")).isPresent();
        });
    }

    @Test
    void aBadFileStopsTheStartWithAReportNamingIt() throws IOException {
        Files.writeString(directory.resolve("broken.yaml"), "outlet: broken\nitems: []\n");

        context.withPropertyValues("maitre.menu.directory=" + directory).run(started -> {
            assertThat(started).hasFailed();
            FailureAnalysis analysis = new InvalidMenuFailureAnalyzer().analyze(started.getStartupFailure());
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).startsWith("Menu file ").contains("broken.yaml");
            assertThat(analysis.getAction()).contains("maitre.menu.directory");
        });
    }

    @Test
    void analyzesOnlyMenuProblems() {
        assertThat(new InvalidMenuFailureAnalyzer().analyze(new BeanCreationException("unrelated"))).isNull();
        assertThat(new InvalidMenuFailureAnalyzer()
                .analyze(new BeanCreationException("catalog", new InvalidMenu("Menu file a.yaml: bad"))).getDescription())
                .isEqualTo("Menu file a.yaml: bad");
    }
}
