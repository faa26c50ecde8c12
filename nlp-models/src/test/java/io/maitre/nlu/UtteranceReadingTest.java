package io.maitre.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** The words are read once; the items of any intent come from that one reading. */
class UtteranceReadingTest {

    private static final Lexicon LEXICON = Lexicon.compile(MenuVocabularyMother.demo());

    private static UtteranceReading read(String text) {
        return UtteranceReading.read(text, Utterances.context(), LEXICON);
    }

    @Test
    void theItemsOfAnotherIntentComeFromTheSameReadingAndLeaveItUnchanged() {
        UtteranceReading reading = read("make the coke three");
        String asRead = Utterances.items(reading.rules());

        Interpretation modify = reading.as(Intent.ORDER_MODIFY);
        Interpretation again = reading.as(Intent.ORDER_MODIFY);

        assertThat(Utterances.items(modify)).isEqualTo("coke x3");
        assertThat(again.items()).isEqualTo(modify.items());
        assertThat(Utterances.items(reading.rules())).isEqualTo(asRead);
        assertThat(reading.as(Intent.ORDER_REMOVE).intent()).isEqualTo(Intent.ORDER_REMOVE);
    }

    @Test
    void anotherIntentKeepsTheRulesConfidenceAndEntities() {
        UtteranceReading reading = read("two cokes please");

        Interpretation asked = reading.as(Intent.MENU_ASK);

        assertThat(asked.confidence()).isEqualTo(reading.rules().confidence());
        assertThat(asked.entities()).extracting(Entity::type).contains("item");
    }

    @Test
    void eachRequestSaysWhichEditItAsksFor() {
        assertThat(read("two cokes please").rules().items()).extracting(ItemRequest::edit).containsExactly(Edit.ADD);
        assertThat(read("remove the coke").as(Intent.ORDER_REMOVE).items()).extracting(ItemRequest::edit)
            .containsExactly(Edit.REMOVE);
        assertThat(read("make it a large").as(Intent.ORDER_MODIFY).items()).extracting(ItemRequest::edit)
            .containsExactly(Edit.CHANGE);
        Interpretation swap = read("change the coke to a sprite").rules();
        assertThat(swap.intent()).isEqualTo(Intent.ORDER_MODIFY);
        assertThat(swap.items()).extracting(ItemRequest::itemId, ItemRequest::edit).containsExactly(
            tuple("coke", Edit.REPLACE),
            tuple("sprite", Edit.REPLACEMENT));
    }
}
