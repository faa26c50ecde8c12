package io.maitre.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CatalogInterpreterTest {

    private static MenuVocabulary menu(String... drinks) {
        List<MenuVocabulary.ItemTerm> items = java.util.Arrays.stream(drinks)
            .map(d -> new MenuVocabulary.ItemTerm(d, "drink", List.of(d.replace('_', ' ')))).toList();
        return new MenuVocabulary("cafe", items, List.of(
            new MenuVocabulary.OptionTerm("size", "large", List.of("large"), Set.of(drinks))));
    }

    @Test
    void compilesEachVocabularyOnceAndFollowsChanges() {
        AtomicInteger lookups = new AtomicInteger();
        AtomicReference<MenuVocabulary> current = new AtomicReference<>(menu("lemonade"));
        CatalogInterpreter interpreter = new CatalogInterpreter(outletId -> {
            lookups.incrementAndGet();
            return Optional.of(current.get());
        });
        InterpretationContext cafe = InterpretationContext.of("cafe");

        assertThat(interpreter.interpret("a large lemonade", cafe).items())
            .containsExactly(new ItemRequest("lemonade", 1, List.of(new OptionRequest("size", "large", null)), null));
        assertThat(interpreter.interpret("a lemonade", cafe).items()).hasSize(1);
        assertThat(interpreter.interpret("an orange juice", cafe).items()).isEmpty();

        current.set(menu("lemonade", "orange_juice"));
        assertThat(interpreter.interpret("an orange juice", cafe).items())
            .containsExactly(new ItemRequest("orange_juice", 1, List.of(), null));
        assertThat(lookups.get()).isEqualTo(4);
    }

    @Test
    void anOutletWithoutVocabularyStillHasIntents() {
        CatalogInterpreter interpreter = new CatalogInterpreter(outletId -> Optional.empty());
        Interpretation i = interpreter.interpret("where is my order", InterpretationContext.of("x"));
        assertThat(i.intent()).isEqualTo(Intent.ORDER_STATUS);
        assertThat(i.items()).isEmpty();
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        CatalogInterpreter interpreter = new CatalogInterpreter(MenuVocabularyMother.source());
        String text = "two large pizzas with ham and a small one with olives and three cokes";
        String expected = Utterances.items(interpreter.interpret(text, Utterances.context()));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new java.util.ArrayList<>();
            for (int n = 0; n < 200; n++) {
                results.add(pool.submit(() -> Utterances.items(interpreter.interpret(text,
                    Utterances.context()))));
            }
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
