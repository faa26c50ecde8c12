package io.maitre.nlu;

import java.util.List;
import java.util.Set;

/**
 * The words of one outlet's menu, as the order-engine's catalog gives them.
 *
 * @param outletId the outlet
 * @param items every item with its names and synonyms
 * @param options every option with its names and synonyms and the items it applies to
 */
public record MenuVocabulary(String outletId, List<ItemTerm> items, List<OptionTerm> options) {

    public MenuVocabulary {
        items = List.copyOf(items);
        options = List.copyOf(options);
    }

    /**
     * A menu item.
     *
     * @param itemId the menu id, e.g. {@code pizza}, {@code coke}
     * @param category e.g. {@code pizza}, {@code drink}, {@code side}, {@code dessert}
     * @param names the display name first, then synonyms, lower case
     */
    public record ItemTerm(String itemId, String category, List<String> names) {
        public ItemTerm {
            names = List.copyOf(names);
        }
    }

    /**
     * A menu option.
     *
     * @param group the option group id, e.g. {@code size}, {@code style}, {@code topping}, {@code volume}
     * @param optionId the option id, e.g. {@code large}, {@code thin_crust}, {@code 2_liter}
     * @param names the display name first, then synonyms, lower case
     * @param itemIds the items that offer this option
     */
    public record OptionTerm(String group, String optionId, List<String> names, Set<String> itemIds) {
        public OptionTerm {
            names = List.copyOf(names);
            itemIds = Set.copyOf(itemIds);
        }
    }
}
