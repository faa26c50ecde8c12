package io.maitre.dialogue;

import io.maitre.cart.Cart;
import io.maitre.cart.CartLine;
import io.maitre.menu.MenuItem;
import io.maitre.menu.MenuOption;
import io.maitre.menu.OptionGroup;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Examples and suggestions drawn from the outlet's own menu, so that every prompt fits the restaurant it is for:
 * a pizzeria suggests a pizza, a coffee shop a coffee.
 */
final class MenuExamples {

    private MenuExamples() {
    }

    /** The menu's first item on sale: the one the restaurant leads with. */
    static Optional<MenuItem> lead(Stock stock) {
        return stock.menu().items().stream().filter(i -> stock.available(i.id())).findFirst();
    }

    /** An everyday order of the lead item, in words a customer would use: "a large pizza". */
    static Optional<String> order(Stock stock) {
        return lead(stock).map(item -> {
            String size = item.group("size").map(MenuExamples::typical).map(o -> o.name() + " ").orElse("");
            return "a " + (size + item.name()).toLowerCase(Locale.ROOT);
        });
    }

    /** An order of the lead item with something from another part of the menu: "a large pizza and a coke". */
    static Optional<String> fullOrder(Stock stock) {
        return order(stock).map(first -> other(stock, Set.of(lead(stock).orElseThrow().category()))
                .map(item -> first + " and a " + item.name().toLowerCase(Locale.ROOT)).orElse(first));
    }

    /** Quick replies for "what would you like?": an example order, and the menu. */
    static List<String> itemSuggestions(Stock stock) {
        return order(stock).map(o -> List.of(capitalized(o), "What's on the menu?"))
                .orElse(List.of("What's on the menu?"));
    }

    /** Something from a part of the menu the cart has nothing from yet, for "anything else?": "A coke". */
    static Optional<String> addOn(Stock stock, Cart cart) {
        Set<String> categories = cart.lines().stream().map(CartLine::itemId)
                .map(id -> stock.menu().item(id).map(MenuItem::category).orElse(""))
                .collect(Collectors.toSet());
        return other(stock, categories).map(item -> "A " + item.name().toLowerCase(Locale.ROOT));
    }

    /** The option most customers would take: the middle one by price. */
    static MenuOption typical(OptionGroup group) {
        List<MenuOption> byPrice = group.options().stream()
                .sorted(Comparator.comparing(MenuOption::surcharge)).toList();
        return byPrice.get(byPrice.size() / 2);
    }

    private static Optional<MenuItem> other(Stock stock, Set<String> categories) {
        return stock.menu().items().stream().filter(i -> stock.available(i.id()))
                .filter(i -> !categories.contains(i.category())).findFirst();
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
