package io.maitre.nlu;

/**
 * Words recognized as one entity before the order is read.
 *
 * @param type the entity type ({@code time}, {@code phone}, {@code fulfillment}, ...)
 * @param value its normalized value
 * @param from the first word
 * @param to one past the last word
 */
record Span(String type, String value, int from, int to) {
}
