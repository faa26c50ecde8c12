package io.maitre.nlu;

/**
 * A recognized span of the utterance.
 *
 * @param type what it is: {@code item}, {@code size}, {@code style}, {@code topping}, {@code container},
 *     {@code volume} (the menu's option group ids), {@code number}, {@code qualifier}, {@code fulfillment}
 *     ("pickup" or "delivery"), {@code time} (ISO-8601 local time or date-time, or "asap"), {@code phone}
 *     (digits, with a leading + when given), {@code name}, {@code address}; from the pipeline's name finder also
 *     {@code unknown_item} and {@code unknown_topping}, menu-like words the outlet's menu does not have
 *     ("calzone", "prosciutto"), valued with the words in lower case
 * @param value the normalized value: a menu id for menu entities
 * @param text the words as the customer wrote them
 * @param start character offset of the span in the original text, inclusive
 * @param end character offset, exclusive
 */
public record Entity(String type, String value, String text, int start, int end) {
}
