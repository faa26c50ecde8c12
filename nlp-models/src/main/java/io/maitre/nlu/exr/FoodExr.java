package io.maitre.nlu.exr;

import io.maitre.nlu.ItemRequest;
import io.maitre.nlu.MenuVocabulary;
import io.maitre.nlu.OptionRequest;
import io.maitre.nlu.Qualifier;
import io.maitre.nlu.VagueOption;
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
 * or light {@code (COMPLEX (QUANTITY extra) (G id))}; an option named vaguely ("beans") is {@code (G (OR a b))}. Ids
 * are the menu's, or the benchmark id the menu gives an item or option whose catalog id is no menu id
 * ({@code mexican_coca-cola}). Items the reading could not tie to the menu are left out.
 */
public final class FoodExr {

    private final Map<String, String> categories = new HashMap<>();
    private final Map<String, String> itemIds = new HashMap<>();
    private final Map<String, String> optionIds = new HashMap<>();

    /** Uses the category and benchmark id of each item, and the benchmark id of each option, of the vocabulary. */
    public FoodExr(MenuVocabulary vocabulary) {
        Objects.requireNonNull(vocabulary, "vocabulary");
        for (MenuVocabulary.ItemTerm item : vocabulary.items()) {
            categories.put(item.itemId(), item.category());
            if (item.benchmarkId() != null) {
                itemIds.put(item.itemId(), item.benchmarkId());
            }
        }
        for (MenuVocabulary.OptionTerm option : vocabulary.options()) {
            if (option.benchmarkId() != null) {
                optionIds.put(option.group() + "/" + option.optionId(), option.benchmarkId());
            }
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

    private String order(ItemRequest item, String category) {
        String label = upper(category);
        StringBuilder node = new StringBuilder("(").append(label).append("_ORDER (NUMBER ")
                .append(item.quantity() == null ? 1 : item.quantity()).append(" ) ");
        if (!item.itemId().equals(category)) {
            node.append("(").append(label).append("_TYPE ").append(itemIds.getOrDefault(item.itemId(), item.itemId()))
                    .append(" ) ");
        }
        for (OptionRequest option : item.options()) {
            slot(node, option.group(), optionId(option.group(), option.id()), option.qualifier());
        }
        for (VagueOption option : item.vagueOptions()) {
            List<String> ids = option.anyOf().stream().map(id -> optionId(option.group(), id)).toList();
            slot(node, option.group(), "(OR " + String.join(" ", ids) + " )", option.qualifier());
        }
        return node.append(")").toString();
    }

    private String optionId(String group, String id) {
        return optionIds.getOrDefault(group + "/" + id, id);
    }

    private static void slot(StringBuilder node, String group, String value, Qualifier qualifier) {
        String slot = "(" + upper(group) + " " + value + " ) ";
        if (qualifier == Qualifier.NONE) {
            node.append("(NOT ").append(slot).append(") ");
        } else if (qualifier != null) {
            node.append("(COMPLEX (QUANTITY ").append(qualifier.id()).append(" ) ").append(slot).append(") ");
        } else {
            node.append(slot);
        }
    }

    private static String upper(String id) {
        return id.toUpperCase(Locale.ROOT);
    }
}
