package io.maitre.nlu;

import static io.maitre.nlu.Utterances.items;
import static io.maitre.nlu.Utterances.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms texters and phone speech recognizers write, read as what they mean. */
class ShorthandAndSpeechTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "a sml pizza with mush                 ; pizza x1 size/small topping/mushrooms",
        "1 med pizza w jalap and sausg          ; pizza x1 size/medium topping/jalapeno_peppers topping/sausage",
        "2 lrg pizzas with chkn                 ; pizza x2 size/large topping/chicken"})
    void menuWordsShortenedByTheirLettersAreRead(String text, String expected) {
        assertThat(items(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "a large pepperoni x2                   ; pizza x2 size/large topping/pepperoni",
        "a large pepperoni pizza x 3            ; pizza x3 size/large topping/pepperoni",
        "3x pepperoni pizza                     ; pizza x3 topping/pepperoni",
        "a coke x2 and a large pizza            ; coke x2 | pizza x1 size/large"})
    void timesSignsCountTheItemBefore(String text, String expected) {
        assertThat(items(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "pickup at 630             ; 18:30",
        "pickup at 630 please      ; 18:30",
        "ready by 1145am           ; 11:45",
        "pickup 6:30p              ; 18:30",
        "delivery at 730pm         ; 19:30"})
    void textedTimesAreTimes(String text, String time) {
        assertThat(read(text).entity("time")).contains(time);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "deliver at 1234 main street",
        "at 2 large pizzas"})
    void numbersThatAreNoTimesStayNumbers(String text) {
        assertThat(read(text).entity("time")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "my number is five five five oh one two three four five six seven ; 55501234567",
        "double five five, one two three, four five six seven             ; 5551234567",
        "it's oh seven seven double oh nine triple one two three          ; 07700911123"})
    void phoneNumbersSaidInWordsAreRead(String text, String phone) {
        assertThat(read(text).entity("phone")).contains(phone.replace(" ", ""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "a medium, no, make that a large pepperoni pizza ; pizza x1 size/large topping/pepperoni",
        "a pizza with ham, sorry, I mean bacon           ; pizza x1 topping/bacon",
        "a large pizza, actually two large pizzas        ; pizza x2 size/large",
        "a coke, no wait, a sprite                       ; sprite x1",
        "sorry, can i get a large pizza                  ; pizza x1 size/large"})
    void selfRepairsKeepOnlyTheCorrection(String text, String expected) {
        assertThat(items(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "to large pizzas please                ; pizza x2 size/large",
        "can i get for cans of coke            ; coke x4 container/can",
        "two large pizzas for pickup           ; pizza x2 size/large",
        "a pizza for my son                    ; pizza x1"})
    void homophonesOfNumbersCountPluralOrders(String text, String expected) {
        assertThat(items(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "swap the olives for pineapple         ; topping/olives:none topping/pineapple",
        "replace the ham with bacon            ; topping/ham:none topping/bacon",
        "change the onions to mushrooms        ; topping/onions:none topping/mushrooms",
        "pineapple instead of olives           ; topping/pineapple topping/olives:none",
        "change it to pepperoni with mushrooms ; topping/pepperoni topping/mushrooms"})
    void swapsLeaveTheReplacedOptionOff(String text, String options) {
        assertThat(items(read(text, null))).endsWith(options);
    }
}
