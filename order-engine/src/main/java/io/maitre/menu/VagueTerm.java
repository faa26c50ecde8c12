package io.maitre.menu;

import java.util.List;

/**
 * Words that name an option group without saying which option ("beans" where black and pinto beans are offered):
 * the choice stays open between {@code optionIds}, to be asked, never guessed.
 *
 * @param words the surface forms, lower case
 * @param optionIds the options of the group the words leave open, at least two
 */
public record VagueTerm(List<String> words, List<String> optionIds) {

    /** @throws InvalidMenu when there are no words or fewer than two options */
    public VagueTerm {
        words = MenuIds.synonyms(words);
        optionIds = optionIds == null ? List.of() : List.copyOf(optionIds);
        if (words.isEmpty()) {
            throw new InvalidMenu("A vague term has no words");
        }
        if (optionIds.size() < 2) {
            throw new InvalidMenu("Vague term " + words + " must leave at least two options open, not " + optionIds);
        }
    }
}
