package io.maitre.nlu;

import static io.maitre.nlu.Utterances.context;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnderstandingPipelineTest {

    private static final VocabularySource MENU = MenuVocabularyMother.source();
    private static final UnderstandingPipeline PIPELINE = new UnderstandingPipeline(MENU);
    private static final CatalogInterpreter RULES = new CatalogInterpreter(MENU);

    private static Interpretation read(String text) {
        return PIPELINE.interpret(text, context());
    }

    @Test
    void itemsAndEntitiesComeFromTheCatalogReading() {
        String text = "two large pizzas with ham and a small one with olives and three cokes";
        Interpretation piped = read(text);
        Interpretation rules = RULES.interpret(text, context());

        assertThat(piped.intent()).isEqualTo(Intent.ORDER_ADD);
        assertThat(piped.source()).isEqualTo("rules");
        assertThat(piped.items()).isEqualTo(rules.items());
        assertThat(piped.entities()).isEqualTo(rules.entities());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "i dont get it|help|deny",
        "could you cancel my pizza order|order.cancel|order.remove",
        "hi good to talk to you|greet|human.handoff",
        "nah im ok|deny|order.done"})
    void theClassifierOverrulesTheRulesWhenTheWordsSayOtherwise(String text, String intent, String rulesIntent) {
        assertThat(RULES.interpret(text, context()).intent().id()).isEqualTo(rulesIntent);
        Interpretation piped = read(text);
        assertThat(piped.intent().id()).isEqualTo(intent);
        assertThat(piped.source()).isEqualTo("local");
    }

    @Test
    void aRemovalTheRulesMissedTakesAwayTheItemsNamed() {
        Interpretation piped = read("forget the cinnamon sticks");

        assertThat(piped.intent()).isEqualTo(Intent.ORDER_REMOVE);
        assertThat(Utterances.items(piped)).isEqualTo("cinnamon_sticks");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "large|size|pizza|order.add",
        "yes|confirmation||affirm",
        "nope|more_items||deny",
        "Ana Lopez|name||fulfillment.set",
        "555 123 4567|phone||fulfillment.set"})
    void answersToTheBotsQuestionStayWithTheRules(String text, String expecting, String itemId, String intent) {
        Question asked = Utterances.question(expecting, itemId);
        Interpretation piped = PIPELINE.interpret(text, context()).asAnswerTo(asked);
        Interpretation rules = RULES.interpret(text, context()).asAnswerTo(asked);

        assertThat(piped.intent().id()).isEqualTo(intent);
        assertThat(piped.source()).isEqualTo("rules");
        assertThat(piped.confidence()).isEqualTo(rules.confidence());
        assertThat(piped.items()).isEqualTo(rules.items());
    }

    @Test
    void aConfidentExternalSourceDecidesTheIntentButNotTheItems() {
        UnderstandingPipeline withDialogflow = new UnderstandingPipeline(MENU,
            (text, ctx) -> Optional.of(new IntentGuess(Intent.ORDER_ADD, 0.93, "dialogflow")),
            List.of());

        Interpretation i = withDialogflow.interpret("and two cokes", context());

        assertThat(i.intent()).isEqualTo(Intent.ORDER_ADD);
        assertThat(i.source()).isEqualTo("dialogflow");
        assertThat(i.confidence()).isEqualTo(0.93);
        assertThat(Utterances.items(i)).isEqualTo("coke x2");
    }

    @Test
    void anUnsureOrOutOfScopeExternalGuessLeavesTheDecisionLocal() {
        for (IntentGuess guess : List.of(
                new IntentGuess(Intent.COMPLAINT, 0.4, "dialogflow"),
                new IntentGuess(Intent.OUT_OF_SCOPE, 0.99, "dialogflow"))) {
            UnderstandingPipeline pipeline = new UnderstandingPipeline(MENU, (t, c) -> Optional.of(guess), List.of());

            Interpretation i = pipeline.interpret("where is my order", context());

            assertThat(i.intent()).isEqualTo(Intent.ORDER_STATUS);
            assertThat(i.source()).isEqualTo("rules");
        }
    }

    @Test
    void anAnswerToTheBotsQuestionIsTheRulesReadingWhateverTheExternalSourceGuessed() {
        UnderstandingPipeline pipeline = new UnderstandingPipeline(MENU,
            (text, ctx) -> Optional.of(new IntentGuess(Intent.GREET, 0.99, "dialogflow")), List.of());

        Interpretation heard = pipeline.interpret("large", context());
        Interpretation answer = heard.asAnswerTo(Question.CHOICE);

        assertThat(heard.intent()).isEqualTo(Intent.GREET);
        assertThat(answer.intent()).isEqualTo(Intent.ORDER_ADD);
        assertThat(answer.source()).isEqualTo("rules");
        assertThat(answer.items()).singleElement().satisfies(item -> assertThat(item.itemId()).isNull());
    }

    @Test
    void aWordThatWithTheItemNamesAnotherItemReplacesIt() {
        for (String text : List.of("make the coke a diet", "can you make the coke diet")) {
            Interpretation change = PIPELINE.interpret(text, context());

            assertThat(change.intent()).as(text).isEqualTo(Intent.ORDER_MODIFY);
            assertThat(change.items()).as(text).extracting(ItemRequest::itemId, ItemRequest::edit)
                .containsExactly(tuple("coke", Edit.REPLACE), tuple("diet_coke", Edit.REPLACEMENT));
        }
        assertThat(PIPELINE.interpret("make the coke a large", context()).items())
            .allMatch(item -> item.itemId() == null || item.itemId().equals("coke"));
    }

    @Test
    void aDishNotOnTheMenuNamedInAnOrderIsFoundEvenWhenTheNameFinderMissesIt() {
        Interpretation order = PIPELINE.interpret("a blueberry muffin and two cokes", context());

        assertThat(order.intent()).isEqualTo(Intent.ORDER_ADD);
        assertThat(order.entities()).filteredOn(e -> e.type().equals("unknown_item"))
            .extracting(Entity::value, Entity::text).containsExactly(tuple("blueberry muffin", "blueberry muffin"));
        assertThat(Utterances.items(order)).isEqualTo("coke x2");
        assertThat(PIPELINE.interpret("a blueberry muffin and two cokes", context(), Question.ITEM).entities())
            .extracting(Entity::type).contains("unknown_item");
        assertThat(PIPELINE.interpret("a large pizza and a coke please", context()).entities())
            .noneMatch(e -> e.type().startsWith("unknown"));
    }

    @Test
    void anAnswerToTheQuestionAskedCostsNoCallToTheExternalSource() {
        List<String> asked = new ArrayList<>();
        UnderstandingPipeline pipeline = new UnderstandingPipeline(MENU, (text, ctx) -> {
            asked.add(text);
            return Optional.of(new IntentGuess(Intent.ORDER_STATUS, 0.99, "dialogflow"));
        }, List.of());

        Interpretation answer = pipeline.interpret("large", context(), Question.CHOICE);
        Interpretation question = pipeline.interpret("where is my order", context(), Question.CHOICE);

        assertThat(answer.intent()).isEqualTo(Intent.ORDER_ADD);
        assertThat(answer.items()).singleElement().satisfies(item -> assertThat(item.itemId()).isNull());
        assertThat(answer).isEqualTo(pipeline.interpret("large", context()).asAnswerTo(Question.CHOICE));
        assertThat(question.intent()).isEqualTo(Intent.ORDER_STATUS);
        assertThat(question.source()).isEqualTo("dialogflow");
        assertThat(asked).as("only the question and the reading without one")
            .containsExactly("where is my order", "large");
    }

    @Test
    void aFailingExternalSourceOrEnricherLeavesAWellFormedLocalInterpretation() {
        InterpretationEnricher broken = (interpretation, ctx) -> {
            throw new IllegalStateException("analyzer down");
        };
        InterpretationEnricher empty = (interpretation, ctx) -> null;
        UnderstandingPipeline pipeline = new UnderstandingPipeline(MENU, (text, ctx) -> {
            throw new IllegalStateException("dialogflow down");
        }, List.of(broken, empty));

        Interpretation i = pipeline.interpret("two cokes please", context());

        assertThat(i.intent()).isEqualTo(Intent.ORDER_ADD);
        assertThat(Utterances.items(i)).isEqualTo("coke x2");
        assertThat(new UnderstandingPipeline(MENU, (t, c) -> null, List.of()).interpret("hello", context())
            .intent()).isEqualTo(Intent.GREET);
    }

    @Test
    void enrichersRunInOrderOnTheDecidedInterpretation() {
        List<String> seen = new ArrayList<>();
        InterpretationEnricher first = (interpretation, ctx) -> {
            seen.add("first:" + interpretation.intent().id());
            return new Interpretation(interpretation.text(), interpretation.intent(), interpretation.confidence(),
                interpretation.source(), List.of(new Entity("sentiment", "negative", "", 0, 0)), List.of());
        };
        InterpretationEnricher second = (interpretation, ctx) -> {
            seen.add("second:" + interpretation.entity("sentiment").orElse("none"));
            return interpretation;
        };

        new UnderstandingPipeline(MENU, ExternalIntentSource.NONE, List.of(first, second))
            .interpret("my pizza was cold", context());

        assertThat(seen).containsExactly("first:complaint", "second:negative");
    }

    @Test
    void confidenceIsAProbability() {
        for (String text : new String[] {"two large pizzas", "where is my order", "hmm maybe", "Dave here", ""}) {
            assertThat(read(text).confidence()).as(text).isBetween(0.0, 1.0);
        }
        assertThat(read("two large pepperoni pizzas and a coke").confidence()).isGreaterThan(0.9);
    }

    @Test
    void noWordsAtAllAreOutOfScope() {
        for (String text : new String[] {"", "   ", "?!", "🍕🍕"}) {
            Interpretation i = read(text);
            assertThat(i.intent()).as(text).isEqualTo(Intent.OUT_OF_SCOPE);
            assertThat(i.items()).isEmpty();
        }
    }
}
