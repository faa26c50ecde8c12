package io.maitre.menu;

import java.util.List;
import java.util.Map;

/**
 * One choice within an option group, e.g. topping {@code olives}. {@code surchargeBySize} maps a
 * size option id of the same item to the surcharge for that size (toppings cost more on a large);
 * sizes not in the map pay {@code surcharge}. {@code excludes} names groups of the same item that make no sense
 * with this option (a can has no size): choosing it leaves them without a choice or default. {@code benchmarkId},
 * usually null, is the id a benchmark's catalog gives the option when it is no menu id ({@code mexican_coca-cola}).
 */
public record MenuOption(String id, String name, List<String> synonyms, Money surcharge,
                         Map<String, Money> surchargeBySize, List<String> excludes, String benchmarkId) {

    /** An option with no benchmark id of its own. */
    public MenuOption(String id, String name, List<String> synonyms, Money surcharge,
                      Map<String, Money> surchargeBySize, List<String> excludes) {
        this(id, name, synonyms, surcharge, surchargeBySize, excludes, null);
    }

    /** An option that excludes nothing. */
    public MenuOption(String id, String name, List<String> synonyms, Money surcharge,
                      Map<String, Money> surchargeBySize) {
        this(id, name, synonyms, surcharge, surchargeBySize, List.of(), null);
    }

    /** @throws InvalidMenu when the id, name or a price is invalid */
    public MenuOption {
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        MenuIds.requireId(id, "Option");
        MenuIds.requireText(name, "Option '" + id + "'");
        synonyms = MenuIds.synonyms(synonyms);
        MenuIds.requireNonNegative(surcharge, "Option '" + id + "'");
        surchargeBySize = surchargeBySize == null ? Map.of() : Map.copyOf(surchargeBySize);
        surchargeBySize.forEach((size, money) ->
                MenuIds.requireNonNegative(money, "Option '" + id + "' for size '" + size + "'"));
    }

    /** The surcharge for the chosen size option, or the plain surcharge when none or not listed. */
    public Money surchargeFor(String sizeOptionIdOrNull) {
        if (sizeOptionIdOrNull == null) {
            return surcharge;
        }
        return surchargeBySize.getOrDefault(sizeOptionIdOrNull, surcharge);
    }
}
