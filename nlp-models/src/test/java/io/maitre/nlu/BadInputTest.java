package io.maitre.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Any text gives a well-formed interpretation, quickly; nothing throws: from the interpreter and the pipeline. */
class BadInputTest {

    private static final CatalogInterpreter INTERPRETER = new CatalogInterpreter(MenuVocabularyMother.source());
    private static final UnderstandingPipeline PIPELINE = new UnderstandingPipeline(MenuVocabularyMother.source());
    private static final Set<String> RULES = Set.of("rules");
    private static final Set<String> LOCAL = Set.of("rules", "local");

    static Stream<String> badTexts() {
        return Stream.of("", " ", "\t\n\r", "!!!???...,,,", ".", "'", "-", "&&&", "w/", "w/o", ":30", "6:",
            "1.2.3.4", "🍕🍕🍕 🥤", "👍", "\u0000\u0001\u0007\u001b[31m", "\uD800", "\uDC00abc", "a\uD83D",
            "<script>alert('x')</script>", "<b>two</b> <i>large</i> pizzas", "<<<<>>>>", "<a href=\"x\">",
            "два больших пиццы", "ピザを二つください", "مرحبا", "ஒரு பீட்சா", "pizza\u202Ewith\u200Bham",
            "x".repeat(10_000), "two large pizzas ".repeat(600), "no ".repeat(3000), "a ".repeat(5000),
            "9".repeat(5000), "99999999999999999999 pizzas", "0 pizzas", "-5 cokes", "at 99:99", "at 25",
            "in 9999999 minutes", "+1 (555) 123-4567 ext 89", "((((((((", "@@@@", "\\\\\\", "%s %d {0}",
            "null", "NaN", "Infinity", "\u00a0\u2003\u3000");
    }

    @ParameterizedTest
    @MethodSource("badTexts")
    void neverThrowsAndGivesAWellFormedInterpretation(String text) {
        Interpretation i = assertTimeoutPreemptively(Duration.ofSeconds(30),
            () -> INTERPRETER.interpret(text, Utterances.context()));
        assertWellFormed(text, i, RULES);
    }

    @ParameterizedTest
    @MethodSource("badTexts")
    void thePipelineNeverThrowsAndGivesAWellFormedInterpretation(String text) {
        Interpretation i = assertTimeoutPreemptively(Duration.ofSeconds(30),
            () -> PIPELINE.interpret(text, Utterances.context()));
        assertWellFormed(text, i, LOCAL);
        for (Question question : Question.values()) {
            assertWellFormed(text, i.asAnswerTo(question), LOCAL);
        }
    }

    @Test
    void terminalColourCodesAreReadAsNothing() {
        Interpretation plain = PIPELINE.interpret("two large pepperoni pizzas", Utterances.context());
        Interpretation coloured = PIPELINE.interpret("\u001b[1;31mtwo large\u001b[0m pepperoni\u0007 pizzas",
            Utterances.context());
        assertThat(coloured.intent()).isEqualTo(plain.intent()).isEqualTo(Intent.ORDER_ADD);
        assertThat(coloured.items()).isEqualTo(plain.items());
    }

    @Test
    void noiseAloneIsOutOfScopeThroughThePipeline() {
        for (String text : new String[] {"", "!!!???...,,,", "🍕🍕🍕 🥤", "\u0000\u0001\u0007\u001b[31m",
            "x".repeat(10_000), "asdkjh qwpoeiru zxmcnv"}) {
            assertThat(PIPELINE.interpret(text, Utterances.context()).intent()).as(text)
                .isEqualTo(Intent.OUT_OF_SCOPE);
        }
    }

    @ParameterizedTest
    @MethodSource("badTexts")
    void readsAnyTextAsTheAnswerToAnyQuestion(String text) {
        Interpretation i = INTERPRETER.interpret(text, Utterances.context());
        for (Question question : Question.values()) {
            assertWellFormed(text, i.asAnswerTo(question), RULES);
        }
    }

    @Test
    void readsNullTextsAndContextsAndUnknownOutlets() {
        assertWellFormed("", INTERPRETER.interpret(null, Utterances.context()), RULES);
        assertWellFormed("", PIPELINE.interpret(null, Utterances.context()), LOCAL);
        assertWellFormed("two pizzas", PIPELINE.interpret("two pizzas", null), LOCAL);
        assertThat(INTERPRETER.interpret("two pizzas", null).items()).isEmpty();
        Interpretation unknown = INTERPRETER.interpret("hello", InterpretationContext.of("nowhere"));
        assertThat(unknown.intent()).isEqualTo(Intent.GREET);
        InterpretationContext bare = new InterpretationContext("demo", null, null, null, null);
        assertThat(INTERPRETER.interpret("a coke at 6pm", bare).items()).hasSize(1);
    }

    @Test
    void survivesAFailingVocabularySource() {
        CatalogInterpreter broken = new CatalogInterpreter(outletId -> {
            throw new IllegalStateException("catalog down");
        });
        Interpretation i = broken.interpret("two pizzas", InterpretationContext.of("demo"));
        assertThat(i.intent()).isEqualTo(Intent.OUT_OF_SCOPE);
        assertThat(i.text()).isEqualTo("two pizzas");
        Interpretation piped = new UnderstandingPipeline(outletId -> {
            throw new IllegalStateException("catalog down");
        }).interpret("two pizzas", InterpretationContext.of("demo"));
        assertThat(piped.failed()).as("the pipeline says it could not read, so the bot asks again").isTrue();
        assertThat(piped.text()).isEqualTo("two pizzas");
        assertThat(piped.items()).isEmpty();
    }

    @Test
    void randomNoiseNeverBreaksIt() {
        Random random = new Random(7);
        String pieces = "0123456789:.-/'&@?,!<> ";
        String[] words = {"two", "large", "pizza", "no", "extra", "a", "one", "with", "coke", "at", "in", "make",
            "it", "remove", "the", "and", "hold", "cancel", "instead", "of", "dozen", "wings"};
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(200);
            for (int k = 0; k < length; k++) {
                switch (random.nextInt(4)) {
                    case 0 -> text.append((char) ('a' + random.nextInt(26)));
                    case 1 -> text.append(pieces.charAt(random.nextInt(pieces.length())));
                    case 2 -> text.append((char) random.nextInt(0x10000));
                    default -> text.append(words[random.nextInt(words.length)]).append(' ');
                }
            }
            String t = text.toString();
            Question asked = n % 3 == 0 ? Question.CHOICE : null;
            Interpretation i = INTERPRETER.interpret(t, Utterances.context()).asAnswerTo(asked);
            assertWellFormed(t, i, RULES);
            assertThat(i.confidence()).as(t).isGreaterThan(0.0);
            assertWellFormed(t, PIPELINE.interpret(t, Utterances.context()).asAnswerTo(asked),
                LOCAL);
        }
    }

    private static void assertWellFormed(String text, Interpretation i, Set<String> sources) {
        assertThat(i).isNotNull();
        assertThat(i.text()).isEqualTo(text == null ? "" : text);
        assertThat(i.intent()).isNotNull();
        assertThat(i.confidence()).isBetween(0.0, 1.0);
        assertThat(i.source()).isIn(sources);
        assertThat(i.entities()).allSatisfy(e -> {
            assertThat(e.start()).isBetween(0, e.end());
            assertThat(e.end()).isLessThanOrEqualTo(i.text().length());
            assertThat(e.text()).isEqualTo(i.text().substring(e.start(), e.end()));
            assertThat(e.type()).isNotBlank();
            assertThat(e.value()).isNotNull();
        });
        assertThat(i.items()).allSatisfy(item -> {
            assertThat(item.options()).doesNotContainNull();
            assertThat(item.itemId() != null || !item.options().isEmpty() || item.quantity() != null
                || item.note() != null).isTrue();
        });
    }
}
