package io.maitre.nlu.exr;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.nlu.CatalogInterpreter;
import io.maitre.nlu.InterpretationContext;
import io.maitre.nlu.Interpreter;
import io.maitre.nlu.MenuVocabulary;
import io.maitre.nlu.MenuVocabularyMother;
import io.maitre.nlu.UnderstandingPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Scores the interpreter on the PIZZA dev set (unordered exact match of EXR trees). The data is read from the
 * shared data directory, never copied here (its licence is non-commercial); the test is skipped without it.
 */
class PizzaDevEvaluationTest {

    /** Ratchet: a little below the measured score, raised as the interpreter improves. */
    private static final double MINIMUM_ACCURACY = 0.98;

    private static final Path DEV = Path.of(System.getProperty("maitre.pizza.dev",
        "../../shared/data/pizza/PIZZA_dev.json"));

    @Test
    void matchesThePizzaDevSet() throws IOException {
        score("interpreter", new CatalogInterpreter(MenuVocabularyMother.source()));
    }

    /** The pipeline takes its items from the catalog reading, so it keeps the interpreter's score. */
    @Test
    void thePipelineMatchesThePizzaDevSetToo() throws IOException {
        score("pipeline", new UnderstandingPipeline(MenuVocabularyMother.source()));
    }

    private static void score(String name, Interpreter interpreter) throws IOException {
        Assumptions.assumeTrue(Files.isReadable(DEV), () -> "PIZZA dev set not found at " + DEV.toAbsolutePath()
            + "; set -Dmaitre.pizza.dev=PATH to score it");
        MenuVocabulary menu = MenuVocabularyMother.demo();
        InterpretationContext context = InterpretationContext.of(MenuVocabularyMother.OUTLET);
        PizzaExr exr = new PizzaExr(menu);

        PizzaEval.Score score = PizzaEval.evaluate(DEV, text -> exr.tree(interpreter.interpret(text, context).items()));

        System.out.printf(Locale.ROOT, "PIZZA dev unordered exact match (%s): %d/%d = %.4f%n", name, score.matched(),
            score.total(), score.accuracy());
        score.misses().forEach(m -> System.out.printf("MISS %s%n  gold %s%n  got  %s%n", m.text(),
            PizzaEval.canonical(m.expected()).orElse(m.expected()), PizzaEval.canonical(m.actual()).orElse(m.actual())));
        assertThat(score.total()).isPositive();
        assertThat(score.accuracy()).isGreaterThanOrEqualTo(MINIMUM_ACCURACY);
    }
}
