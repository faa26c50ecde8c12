package io.maitre.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.menu.yaml.MenuProperties;
import io.maitre.menu.yaml.YamlMenuCatalog;
import io.maitre.nlu.InterpretationContext;
import io.maitre.nlu.ItemRequest;
import io.maitre.nlu.MenuVocabulary;
import io.maitre.nlu.UnderstandingPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The menu words understanding reads follow the menu when its file is edited while the service runs. */
class MenuVocabulariesTest {

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
    void aChangedMenuIsReadWithItsNewWordsFromTheNextTurn() throws IOException {
        Path file = directory.resolve("uptown.yaml");
        Files.writeString(file, UPTOWN);
        YamlMenuCatalog catalog = new YamlMenuCatalog(new MenuProperties(directory));
        MenuVocabularies vocabularies = new MenuVocabularies(catalog);
        UnderstandingPipeline pipeline = new UnderstandingPipeline(vocabularies);
        assertThat(items(vocabularies)).doesNotContain("zeppole");

        Files.writeString(file, UPTOWN + "  - {id: zeppole, name: Zeppole, category: dessert, price: 5.00}\n");
        catalog.reload().forEach(vocabularies::onMenuChanged);

        assertThat(items(vocabularies)).contains("cheese_slice", "zeppole");
        assertThat(pipeline.interpret("two zeppole please", InterpretationContext.of("uptown")).items())
                .extracting(ItemRequest::itemId).containsExactly("zeppole");
    }

    private static List<String> items(MenuVocabularies vocabularies) {
        return vocabularies.vocabulary("uptown").orElseThrow().items().stream()
                .map(MenuVocabulary.ItemTerm::itemId).toList();
    }
}
