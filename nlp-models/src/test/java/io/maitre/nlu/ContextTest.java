package io.maitre.nlu;

import static io.maitre.nlu.Utterances.items;
import static io.maitre.nlu.Utterances.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The same words read differently after different questions of the bot. */
class ContextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "yes please place it | affirm",
        "yep go ahead        | affirm",
        "place the order     | affirm",
        "looks good          | affirm",
        "no                  | deny",
        "no wait             | deny",
        "nope that's wrong   | deny"})
    void afterAskingToConfirm(String text, String intent) {
        assertThat(read(text, "confirmation").intent().id()).isEqualTo(intent);
    }

    @Test
    void changesWhileConfirmingAreChanges() {
        Interpretation i = read("no, change the coke to a sprite", "confirmation");
        assertThat(i.intent()).isEqualTo(Intent.ORDER_MODIFY);
        assertThat(items(i)).isEqualTo("coke | sprite");
        assertThat(read("yes but make it a large", "confirmation").intent()).isEqualTo(Intent.ORDER_MODIFY);
    }

    @Test
    void placingTheOrderUnaskedIsDone() {
        assertThat(read("place my order").intent()).isEqualTo(Intent.ORDER_DONE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "no                  | deny",
        "no thanks           | deny",
        "nah                 | deny",
        "that's all          | order.done",
        "nope that's it      | order.done",
        "nothing else thanks | order.done",
        "yes                 | affirm",
        "yes a coke please   | order.add",
        "and a garlic bread  | order.add"})
    void afterAskingForMoreItems(String text, String intent) {
        assertThat(read(text, "more_items").intent().id()).isEqualTo(intent);
    }

    @Test
    void anOptionAloneIsForThePendingItem() {
        Interpretation i = read("large", "size", "pizza");
        assertThat(i.intent()).isEqualTo(Intent.ORDER_ADD);
        assertThat(i.items()).singleElement().satisfies(item -> {
            assertThat(item.itemId()).isNull();
            assertThat(item.options()).containsExactly(new OptionRequest("size", "large", null));
        });
        assertThat(items(read("thin crust with extra cheese and no olives", "option", "pizza")))
            .isEqualTo("null style/thin_crust topping/cheese:extra topping/olives:none");
    }

    @Test
    void withoutAPendingItemAnOptionAloneIsAPizza() {
        assertThat(items(read("large", "size"))).isEqualTo("pizza size/large");
        assertThat(items(read("large"))).isEqualTo("pizza size/large");
    }

    @Test
    void aNameWhenAskedForOne() {
        Interpretation i = read("John Smith", "name");
        assertThat(i.entity("name")).contains("John Smith");
        assertThat(i.intent()).isEqualTo(Intent.FULFILLMENT_SET);
        assertThat(read("it's Mary-Jane O'Neil", "name").entity("name")).contains("Mary-Jane O'Neil");
        assertThat(read("Will", "name").entity("name")).contains("Will");
        assertThat(read("yes", "name").entity("name")).isEmpty();
        assertThat(read("two large pizzas", "name").entity("name")).isEmpty();
        assertThat(read("John Smith").entity("name")).isEmpty();
    }

    @Test
    void anAddressWhenAskedForOne() {
        Interpretation i = read("it's 42 Elm Street, apt 3", "address");
        assertThat(i.entity("address")).contains("42 Elm Street, apt 3");
        assertThat(i.intent()).isEqualTo(Intent.FULFILLMENT_SET);
        assertThat(read("deliver to 7 rue de la Paix", "address").entity("address")).contains("7 rue de la Paix");
        assertThat(read("pickup instead", "address").entity("address")).isEmpty();
        Interpretation withTime = read("42 Elm Street at 6pm please", "address");
        assertThat(withTime.entity("address")).contains("42 Elm Street");
        assertThat(withTime.entity("time")).contains("18:00");
    }

    @Test
    void aPhoneWhenAskedForOne() {
        Interpretation i = read("sure it's 555 123 4567", "phone");
        assertThat(i.entity("phone")).contains("5551234567");
        assertThat(i.intent()).isEqualTo(Intent.FULFILLMENT_SET);
    }

    @Test
    void aTimeWhenAskedForOne() {
        assertThat(read("7", "time").entity("time")).contains("19:00");
        assertThat(read("7").entity("time")).isEmpty();
        assertThat(read("in 20", "time").entity("time")).contains("2025-06-01T16:20");
        assertThat(read("now please", "time").entity("time")).contains("asap");
        assertThat(read("7:30", "time").intent()).isEqualTo(Intent.FULFILLMENT_SET);
    }

    @Test
    void timesFollowTheOutletZone() {
        InterpretationContext tokyo = new InterpretationContext("demo", java.time.ZoneId.of("Asia/Tokyo"),
            java.util.Locale.ENGLISH, Utterances.CLOCK);
        Interpretation i = new CatalogInterpreter(MenuVocabularyMother.source()).interpret("in 30 minutes", tokyo);
        assertThat(i.entity("time")).contains("2025-06-01T23:30");
    }
}
