package io.maitre.nlu.exr;

import io.maitre.nlu.ItemRequest;
import io.maitre.nlu.MenuVocabulary;
import io.maitre.nlu.OptionRequest;
import io.maitre.nlu.Qualifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes order items as a FoodOrdering EXR forest (Rubino et al., 2022): one top-level node per item, derived from
 * the outlet's menu by convention, so any menu written in the benchmark's terms maps with no code of its own.
 *
 * <p>An item of category {@code c} becomes {@code (C_ORDER (NUMBER n) ...)}; when its id is not its category (one
 * item per drink, side or dish kind), the id is written {@code (C_TYPE id)}; each option of group {@code g} is
 * {@code (G id)}. NUMBER is always written, 1 when unsaid. An option asked not to have is {@code (NOT (G id))}, extra
 * or light {@code (COMPLEX (QUANTITY extra) (G id))}. Items the reading could not tie to the menu are left out.
 */
public final class FoodExr {

    private final Map<String, String> categories = new HashMap<>();

    /** Uses the category of each item of the outlet's vocabulary. */
    public FoodExr(MenuVocabulary vocabulary) {
        Objects.requireNonNull(vocabulary, "vocabulary");
        for (MenuVocabulary.ItemTerm item : vocabulary.items()) {
            categories.put(item.itemId(), item.category());
        }
    }

    /** The forest of the items, e.g. {@code (TACO_ORDER (NUMBER 2 ) (MAIN_FILLING steak ) )}; empty for none. */
    public String forest(List<ItemRequest> items) {
        List<String> orders = new ArrayList<>();
        for (ItemRequest item : items) {
            String category = item.itemId() == null ? null : categories.get(item.itemId());
            if (category != null) {
                orders.add(order(item, category));
            }
        }
        return String.join(" ", orders);
    }

    private static String order(ItemRequest item, String category) {
        String label = upper(category);
        StringBuilder node = new StringBuilder("(").append(label).append("_ORDER (NUMBER ")
                .append(item.quantity() == null ? 1 : item.quantity()).append(" ) ");
        if (!item.itemId().equals(category)) {
            node.append("(").append(label).append("_TYPE ").append(item.itemId()).append(" ) ");
        }
        for (OptionRequest option : item.options()) {
            String slot = "(" + upper(option.group()) + " " + option.id() + " ) ";
            Qualifier qualifier = option.qualifier();
            if (qualifier == Qualifier.NONE) {
                node.append("(NOT ").append(slot).append(") ");
            } else if (qualifier != null) {
                node.append("(COMPLEX (QUANTITY ").append(qualifier.id()).append(" ) ").append(slot).append(") ");
            } else {
                node.append(slot);
            }
        }
        return node.append(")").toString();
    }

    private static String upper(String id) {
        return id.toUpperCase(Locale.ROOT);
    }
}
