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
 * Writes order items as a PIZZA EXR tree (Arkoudas et al., 2022), the form the PIZZA benchmark scores.
 *
 * <p>An item of category {@code pizza} becomes {@code (PIZZAORDER (NUMBER n) (SIZE X) (STYLE X) (TOPPING X) ...)},
 * one of category {@code drink} {@code (DRINKORDER (NUMBER n) (DRINKTYPE X) (CONTAINERTYPE X) (VOLUME n UNIT)
 * (SIZE X))}; other items have no place in the PIZZA grammar and are left out. NUMBER is always written, 1 when
 * the quantity was unsaid. Ids are upper-cased ({@code banana_peppers} → {@code BANANA_PEPPERS}), size
 * {@code regular} is {@code REGULARSIZE}, a volume id such as {@code 2_liter} or {@code 7_5_floz} is written
 * {@code 2 LITER} or {@code 7.5 FLOZ}. An option asked not to have is {@code (NOT (TOPPING X))}, extra or light
 * {@code (COMPLEX_TOPPING (QUANTITY EXTRA) (TOPPING X))}, and a note "no extra cheese"
 * {@code (NOT (COMPLEX_TOPPING (QUANTITY EXTRA) (TOPPING CHEESE)))}.
 */
public final class PizzaExr {

    private final Map<String, String> categories = new HashMap<>();
    /** Option ids by item and lower-case name, for reading notes. */
    private final Map<String, Map<String, MenuVocabulary.OptionTerm>> optionsByName = new HashMap<>();

    /** Uses the vocabulary for the category of each item and the option names in notes. */
    public PizzaExr(MenuVocabulary vocabulary) {
        Objects.requireNonNull(vocabulary, "vocabulary");
        for (MenuVocabulary.ItemTerm item : vocabulary.items()) {
            categories.put(item.itemId(), item.category());
        }
        for (MenuVocabulary.OptionTerm option : vocabulary.options()) {
            for (String itemId : option.itemIds()) {
                Map<String, MenuVocabulary.OptionTerm> byName =
                    optionsByName.computeIfAbsent(itemId, k -> new HashMap<>());
                for (String name : option.names()) {
                    byName.putIfAbsent(name.toLowerCase(Locale.ROOT), option);
                }
                byName.putIfAbsent(option.optionId().replace('_', ' '), option);
            }
        }
    }

    /** The EXR tree of the items, e.g. {@code (ORDER (PIZZAORDER (NUMBER 1 ) (SIZE LARGE ) ) )}. */
    public String tree(List<ItemRequest> items) {
        StringBuilder out = new StringBuilder("(ORDER ");
        for (ItemRequest item : items) {
            if (item.itemId() == null) {
                continue;
            }
            String category = categories.getOrDefault(item.itemId(), "");
            if (category.equals("pizza")) {
                out.append(order("PIZZAORDER", item, null));
            } else if (category.equals("drink")) {
                out.append(order("DRINKORDER", item, "(DRINKTYPE " + upper(item.itemId()) + " ) "));
            }
        }
        return out.append(")").toString();
    }

    private String order(String label, ItemRequest item, String drinkType) {
        List<String> children = new ArrayList<>();
        children.add("(NUMBER " + (item.quantity() == null ? 1 : item.quantity()) + " ) ");
        if (drinkType != null) {
            children.add(drinkType);
        }
        for (OptionRequest option : item.options()) {
            String node = node(option.group(), option.id());
            if (node == null) {
                continue;
            }
            Qualifier q = option.qualifier();
            if (q == Qualifier.NONE) {
                children.add("(NOT " + node + ") ");
            } else if (q != null && option.group().equals("topping")) {
                children.add(complex(q, node));
            } else {
                children.add(node);
            }
        }
        if (item.note() != null) {
            for (String note : item.note().split(";")) {
                String child = withoutMore(item.itemId(), note.trim().toLowerCase(Locale.ROOT));
                if (child != null) {
                    children.add(child);
                }
            }
        }
        return "(" + label + " " + String.join("", children) + ") ";
    }

    /** "no extra cheese" as (NOT (COMPLEX_TOPPING (QUANTITY EXTRA ) (TOPPING CHEESE ) ) ). */
    private String withoutMore(String itemId, String note) {
        for (Qualifier q : new Qualifier[] {Qualifier.EXTRA, Qualifier.LIGHT}) {
            String prefix = "no " + q.id() + " ";
            if (!note.startsWith(prefix)) {
                continue;
            }
            MenuVocabulary.OptionTerm option =
                optionsByName.getOrDefault(itemId, Map.of()).get(note.substring(prefix.length()));
            if (option != null && option.group().equals("topping")) {
                return "(NOT " + complex(q, node(option.group(), option.optionId())) + ") ";
            }
        }
        return null;
    }

    private static String complex(Qualifier q, String node) {
        return "(COMPLEX_TOPPING (QUANTITY " + upper(q.id()) + " ) " + node + ") ";
    }

    private static String node(String group, String id) {
        return switch (group) {
            case "size" -> "(SIZE " + (id.equals("regular") ? "REGULARSIZE" : upper(id)) + " ) ";
            case "style" -> "(STYLE " + upper(id) + " ) ";
            case "topping" -> "(TOPPING " + upper(id) + " ) ";
            case "container" -> "(CONTAINERTYPE " + upper(id) + " ) ";
            case "volume" -> "(VOLUME " + volume(id) + " ) ";
            default -> null;
        };
    }

    /** {@code 2_liter} → {@code 2 LITER}, {@code 7_5_floz} → {@code 7.5 FLOZ}, {@code 20_fl_oz} → {@code 20 FLOZ}. */
    static String volume(String id) {
        String[] parts = id.split("_");
        int unit = 0;
        while (unit < parts.length && parts[unit].chars().allMatch(Character::isDigit) && !parts[unit].isEmpty()) {
            unit++;
        }
        String amount = String.join(".", List.of(parts).subList(0, unit));
        String name = upper(String.join("", List.of(parts).subList(unit, parts.length)));
        if (name.endsWith("S") && !name.equals("OZ")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.equals("LITRE")) {
            name = "LITER";
        }
        return amount.isEmpty() ? name : amount + " " + name;
    }

    private static String upper(String id) {
        return id.toUpperCase(Locale.ROOT);
    }
}
