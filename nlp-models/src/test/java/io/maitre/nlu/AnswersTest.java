package io.maitre.nlu;

import static io.maitre.nlu.Utterances.items;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One reading, knowing nothing of the conversation, says how the words answer each kind of question. */
class AnswersTest {

    private static final CatalogInterpreter RULES = new CatalogInterpreter(MenuVocabularyMother.source());

    private static Interpretation read(String text) {
        return RULES.interpret(text, Utterances.context());
    }

    @Test
    void aBareNumberIsAQuantityOnItsOwnAndATimeAsTheAnswerToWhen() {
        Interpretation heard = read("7");

        assertThat(heard.entity("time")).isEmpty();
        assertThat(heard.asAnswerTo(Question.TIME).entity("time")).contains("19:00");
        assertThat(heard.asAnswerTo(Question.TIME).intent()).isEqualTo(Intent.FULFILLMENT_SET);
        assertThat(heard.asAnswerTo(Question.ITEM)).isSameAs(heard);
    }

    @Test
    void anOptionAloneIsAPizzaOnItsOwnAndTheChoiceForTheItemAskedAbout() {
        Interpretation heard = read("large");

        assertThat(items(heard)).isEqualTo("pizza size/large");
        assertThat(items(heard.asAnswerTo(Question.ITEM))).isEqualTo("pizza size/large");
        assertThat(items(heard.asAnswerTo(Question.CHOICE))).isEqualTo("null size/large");
    }

    @Test
    void aNameAloneIsANameOnlyAsTheAnswerToWhatName() {
        Interpretation heard = read("John Smith");

        assertThat(heard.entity("name")).isEmpty();
        assertThat(heard.asAnswerTo(Question.NAME).entity("name")).contains("John Smith");
        assertThat(heard.answers().to(Question.ADDRESS)).isEmpty();
    }

    @Test
    void anAddressAnswerKeepsWhatFollowsIt() {
        Interpretation answer = read("42 Elm Street at 6pm").asAnswerTo(Question.ADDRESS);

        assertThat(answer.entity("address")).contains("42 Elm Street");
        assertThat(answer.entity("time")).contains("18:00");
    }

    @Test
    void aNumberWithMenuWordsAndNoStreetIsAnOrderNotAnAddress() {
        Interpretation heard = read("2 large pizzas");

        assertThat(heard.asAnswerTo(Question.ADDRESS)).isSameAs(heard);
        assertThat(heard.intent()).isEqualTo(Intent.ORDER_ADD);
        assertThat(read("12 Pepperoni Lane").asAnswerTo(Question.ADDRESS).entity("address"))
            .contains("12 Pepperoni Lane");
    }

    @Test
    void yesOrNoAnswersOnlyWhatAsksForOne() {
        Interpretation heard = read("yes thanks");

        assertThat(heard.intent()).isEqualTo(Intent.THANKS);
        assertThat(heard.asAnswerTo(Question.MORE_ITEMS).intent()).isEqualTo(Intent.AFFIRM);
        assertThat(heard.asAnswerTo(Question.CONFIRMATION).intent()).isEqualTo(Intent.AFFIRM);
        assertThat(heard.answers().to(Question.TIME)).isEmpty();
    }

    @Test
    void aMessageThatAnswersNothingStaysWhatItSays() {
        Interpretation heard = read("where is my order");

        for (Question question : Question.values()) {
            assertThat(heard.asAnswerTo(question)).as(question.name()).isSameAs(heard);
        }
    }
}
