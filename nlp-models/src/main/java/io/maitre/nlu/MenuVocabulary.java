package io.maitre.nlu;

import java.util.List;
import java.util.Set;

/**
 * The words of one outlet's menu, as the order-engine's catalog gives them.
 *
 * @param outletId the outlet
 * @param items every item with its names and synonyms
 * @param options every option with its names and synonyms and the items it applies to
 * @param vagueTerms words that name an option group without choosing one of its options
 * @param singleChoiceGroups the option groups that take one choice on every item offering them ({@code bread},
 *     {@code size})
 */
public record MenuVocabulary(String outletId, List<ItemTerm> items, List<OptionTerm> options,
        List<VagueTerm> vagueTerms, Set<String> singleChoiceGroups) {

    public MenuVocabulary {
        items = List.copyOf(items);
        options = List.copyOf(options);
        vagueTerms = vagueTerms == null ? List.of() : List.copyOf(vagueTerms);
        singleChoiceGroups = singleChoiceGroups == null ? Set.of() : Set.copyOf(singleChoiceGroups);
    }

    /** A vocabulary without vague terms, nor groups known to take one choice. */
    public MenuVocabulary(String outletId, List<ItemTerm> items, List<OptionTerm> options) {
        this(outletId, items, options, List.of(), Set.of());
    }

    /**
     * A menu item.
     *
     * @param itemId the menu id, e.g. {@code pizza}, {@code coke}
     * @param category e.g. {@code pizza}, {@code drink}, {@code side}, {@code dessert}
     * @param names the display name first, then synonyms, lower case
     * @param benchmarkId the id a benchmark's catalog gives the item when it is no menu id, else {@code null}
     */
    public record ItemTerm(String itemId, String category, List<String> names, String benchmarkId) {
        public ItemTerm {
            names = List.copyOf(names);
        }

        /** An item known by its menu id only. */
        public ItemTerm(String itemId, String category, List<String> names) {
            this(itemId, category, names, null);
        }
    }

    /**
     * A menu option.
     *
     * @param group the option group id, e.g. {@code size}, {@code style}, {@code topping}, {@code volume}
     * @param optionId the option id, e.g. {@code large}, {@code thin_crust}, {@code 2_liter}
     * @param names the display name first, then synonyms, lower case
     * @param itemIds the items that offer this option
     * @param benchmarkId the id a benchmark's catalog gives the option when it is no menu id, else {@code null}
     */
    public record OptionTerm(String group, String optionId, List<String> names, Set<String> itemIds,
            String benchmarkId) {
        public OptionTerm {
            names = List.copyOf(names);
            itemIds = Set.copyOf(itemIds);
        }

        /** An option known by its menu id only. */
        public OptionTerm(String group, String optionId, List<String> names, Set<String> itemIds) {
            this(group, optionId, names, itemIds, null);
        }
    }

    /**
     * Words naming an option group without choosing ("beans" where black and pinto beans are offered).
     *
     * @param group the option group id
     * @param names the words, lower case
     * @param optionIds the options the words leave open
     * @param itemIds the items whose group has these words
     */
    public record VagueTerm(String group, List<String> names, List<String> optionIds, Set<String> itemIds) {
        public VagueTerm {
            names = List.copyOf(names);
            optionIds = List.copyOf(optionIds);
            itemIds = Set.copyOf(itemIds);
        }
    }
}
