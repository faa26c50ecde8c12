package io.maitre.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.menu.MenuCatalog;
import io.maitre.menu.yaml.YamlMenuCatalog;
import io.maitre.nlu.InterpretationContext;
import io.maitre.nlu.UnderstandingPipeline;
import io.maitre.nlu.exr.FoodEval;
import io.maitre.nlu.exr.FoodExr;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Orders we wrote for the four FoodOrdering outlets (test resources {@code food-orders/OUTLET.tsv}: utterance, tab,
 * gold EXR), read with the shipped menus by the pipeline every turn uses: understanding comes from each menu alone.
 */
class FoodOrderingOutletsTest {

    private static final MenuCatalog CATALOG = YamlMenuCatalog.fromClasspath();
    private static final MenuVocabularies VOCABULARIES = new MenuVocabularies(CATALOG);
    private static final UnderstandingPipeline PIPELINE = new UnderstandingPipeline(VOCABULARIES);

    @ParameterizedTest
    @ValueSource(strings = {"burger", "burrito", "coffee", "sub"})
    void readsOurOrdersForTheOutletAsTheBenchmarkWritesThem(String outlet) throws IOException {
        FoodExr exr = new FoodExr(VOCABULARIES.vocabulary(outlet).orElseThrow());
        List<String> misses = new ArrayList<>();
        int orders = 0;
        for (String line : lines("/food-orders/" + outlet + ".tsv")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            orders++;
            String forest = exr.forest(PIPELINE.interpret(parts[0], InterpretationContext.of(outlet)).items());
            if (!FoodEval.matches(forest, parts[1])) {
                misses.add(parts[0] + "\n  gold " + parts[1] + "\n  ours " + forest);
            }
        }
        assertThat(orders).isGreaterThanOrEqualTo(7);
        assertThat(misses).isEmpty();
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = FoodOrderingOutletsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
