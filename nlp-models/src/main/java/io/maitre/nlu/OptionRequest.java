package io.maitre.nlu;

/**
 * An option the customer named for an item.
 *
 * @param group the menu option group id ({@code size}, {@code style}, {@code topping}, ...)
 * @param id the menu option id
 * @param qualifier {@code null} for plain, or extra / light / none
 */
public record OptionRequest(String group, String id, Qualifier qualifier) {
}
