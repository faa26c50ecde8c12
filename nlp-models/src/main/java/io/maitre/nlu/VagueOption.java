package io.maitre.nlu;

import java.util.List;

/**
 * An option the customer named only vaguely for an item ("beans" where black and pinto beans are offered): the
 * group is known, the choice is open between {@code anyOf}, to be asked, never guessed.
 *
 * @param group the menu option group id
 * @param anyOf the menu option ids the words leave open
 * @param qualifier {@code null} for plain, or extra / light / none
 */
public record VagueOption(String group, List<String> anyOf, Qualifier qualifier) {

    public VagueOption {
        anyOf = List.copyOf(anyOf);
    }
}
