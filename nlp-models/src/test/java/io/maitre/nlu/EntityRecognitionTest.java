package io.maitre.nlu;

import static io.maitre.nlu.Utterances.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityRecognitionTest {

    private static List<String> entities(String text) {
        return entities(read(text));
    }

    private static List<String> entities(Interpretation i) {
        return i.entities().stream().map(e -> e.type() + "=" + e.value()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a coke                 | item=coke",
        "two cokes              | item=coke",
        "three pepsis           | item=pepsi",
        "a coca-cola            | item=coke",
        "a diet coke            | item=diet_coke",
        "a dr. pepper           | item=dr_pepper",
        "two doctor peppers     | item=dr_pepper",
        "a 7-up                 | item=seven_up",
        "seven ups              | item=seven_up",
        "a pineapple soda       | item=pineapple_soda",
        "garlic bread           | item=garlic_bread",
        "some chicken wings     | item=wings",
        "two pizzas             | item=pizza",
        "a pie                  | item=pizza"})
    void findsItemsByAnyNameAndNumber(String text, String expected) {
        assertThat(entities(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "large                  | size=large",
        "extra large            | size=extra_large",
        "xl                     | size=extra_large",
        "party size             | size=party_size",
        "thin crust             | style=thin_crust",
        "deep dish              | style=deep_dish",
        "meat lovers            | style=meat_lover",
        "banana peppers         | topping=banana_peppers",
        "black olives           | topping=olives",
        "olive                  | topping=olives",
        "mushroom               | topping=mushrooms",
        "onion                  | topping=onions",
        "tomato                 | topping=tomatoes",
        "anchovy                | topping=anchovies",
        "jalapeño               | topping=jalapeno_peppers",
        "a can                  | container=can",
        "bottles                | container=bottle",
        "2 liter                | volume=2_liter",
        "two liter              | volume=2_liter",
        "2-liter                | volume=2_liter",
        "20 fl oz               | volume=20_floz",
        "twenty fluid ounces    | volume=20_floz"})
    void findsOptionsByAnyName(String text, String expected) {
        assertThat(entities(text)).contains(expected);
    }

    @Test
    void prefersTheLongestName() {
        assertThat(entities("a diet coke and a dr pepper with green peppers and olive oil"))
            .contains("item=diet_coke", "item=dr_pepper", "topping=green_peppers", "topping=olive_oil")
            .doesNotContain("item=coke", "topping=peppers", "topping=olives");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a peperoni pizza         | topping=pepperoni",
        "a pepperonni pizza       | topping=pepperoni",
        "pizza with mozarella     | topping=mozzarella_cheese",
        "mushroms please          | topping=mushrooms",
        "pinaepple                | topping=pineapple",
        "a sprit                  | item=sprite",
        "a diet pepsy             | item=diet_pepsi"})
    void correctsOneTypoInLongWords(String text, String expected) {
        assertThat(entities(text)).contains(expected);
    }

    @Test
    void neverCorrectsShortWordsOrOrdinaryWords() {
        assertThat(entities("hamm")).isEmpty();
        assertThat(entities("i'll think about it later")).isEmpty();
        assertThat(read("comes around").items()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pickup please               | pickup",
        "i'll pick it up             | pickup",
        "carry out                   | pickup",
        "take away please            | pickup",
        "i will collect it           | pickup",
        "make it to go               | pickup",
        "delivery                    | delivery",
        "can you deliver it          | delivery",
        "bring it to my house        | delivery"})
    void findsFulfillment(String text, String expected) {
        assertThat(read(text).entity("fulfillment")).contains(expected);
    }

    @Test
    void takeOutTheOnionsIsNoPickup() {
        assertThat(read("take out the onions").entity("fulfillment")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "at 6:30                 | 18:30",
        "at 6:30 am              | 06:30",
        "6pm                     | 18:00",
        "6 p.m.                  | 18:00",
        "at 7                    | 19:00",
        "at 5 o'clock            | 17:00",
        "around six thirty       | 18:30",
        "at half past seven      | 19:30",
        "by quarter to eight     | 19:45",
        "at 20:15                | 20:15",
        "noon                    | 12:00",
        "tonight at 7            | 19:00",
        "at 9 tonight            | 21:00",
        "tomorrow at noon        | 2025-06-02T12:00",
        "tomorrow at 6pm         | 2025-06-02T18:00",
        "in 20 minutes           | 2025-06-01T16:20",
        "in twenty five minutes  | 2025-06-01T16:25",
        "in an hour              | 2025-06-01T17:00",
        "in half an hour         | 2025-06-01T16:30",
        "in 2 hours              | 2025-06-01T18:00",
        "asap                    | asap",
        "as soon as possible     | asap",
        "right now               | asap",
        "now                     | asap"})
    void findsTimesRelativeToTheOutletClock(String text, String expected) {
        assertThat(read(text).entity("time")).contains(expected);
    }

    @Test
    void anHourWithoutAmOrPmIsItsNextOccurrence() {
        assertThat(read("at 5").entity("time")).contains("17:00");
        assertThat(read("at 11").entity("time")).contains("23:00");
        assertThat(read("at 4:30").entity("time")).contains("16:30");
    }

    @Test
    void quantitiesAreNoTimes() {
        assertThat(read("two 20 fl oz cokes").entity("time")).isEmpty();
        assertThat(read("at 2 large pizzas").entity("time")).isEmpty();
        assertThat(read("5 large pizzas").entity("time")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "my number is 555-123-4567          | 5551234567",
        "call me at (555) 123 4567          | 5551234567",
        "+44 20 7946 0958                   | +442079460958",
        "5551234                            | 5551234"})
    void findsPhoneNumbers(String text, String expected) {
        assertThat(read(text).entity("phone")).contains(expected);
    }

    @Test
    void shortOrLongDigitRunsAreNoPhoneNumbers() {
        assertThat(read("2 3 4 pizzas").entity("phone")).isEmpty();
        assertThat(read("1234567890123456789").entity("phone")).isEmpty();
    }

    @Test
    void findsAnAddressWithAStreet() {
        assertThat(read("deliver it to 42 Elm Street apt 3 please").entity("address")).contains("42 Elm Street apt 3");
        assertThat(read("two large dr peppers").entity("address")).isEmpty();
    }

    @Test
    void anAddressKeepsItsTownStateAndZipCodeEvenWhenTheTownIsAMenuWord() {
        Interpretation full = read("12 Main Street, New York, NY 10001");
        assertThat(full.entity("address")).contains("12 Main Street, New York, NY 10001");
        assertThat(full.items()).as("New York is the town here, not the pizza style").isEmpty();
        assertThat(full.intent()).isEqualTo(Intent.FULFILLMENT_SET);

        assertThat(read("deliver to 12 Main Street New York 10001 at 8pm").entity("address"))
            .contains("12 Main Street New York 10001");
        assertThat(read("5 Oak Ave, Brooklyn, NY").entity("address")).contains("5 Oak Ave, Brooklyn, NY");
        assertThat(read("5 Oak Ave 11201").entity("address")).contains("5 Oak Ave 11201");
    }

    @Test
    void anAddressDoesNotTakeWhatFollowsItWithoutAStateOrZipCode() {
        assertThat(read("12 Main Street and a new york style pizza").entity("address")).contains("12 Main Street");
        assertThat(read("to 12 Main St OK").entity("address")).contains("12 Main St");
    }

    @Test
    void findsAStatedName() {
        assertThat(read("my name is Ana Lopez").entity("name")).contains("Ana Lopez");
    }

    @Test
    void numbersAndQualifiersAreEntities() {
        assertThat(entities("two pizzas with extra cheese and no olives")).containsExactly("number=2", "item=pizza",
            "qualifier=extra", "topping=cheese", "qualifier=none", "topping=olives");
    }

    @Test
    void entitiesSpanTheCustomersWords() {
        Interpretation i = read("Two LARGE Pepperoni pizzas");
        assertThat(i.entities()).extracting(Entity::text).containsExactly("Two", "LARGE", "Pepperoni", "pizzas");
        assertThat(i.entities().get(1).start()).isEqualTo(4);
        assertThat(i.entities().get(1).end()).isEqualTo(9);
    }
}
