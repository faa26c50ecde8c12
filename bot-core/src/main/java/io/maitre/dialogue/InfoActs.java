package io.maitre.dialogue;

import io.maitre.menu.Menu;
import io.maitre.menu.MenuItem;
import io.maitre.menu.MenuOption;
import io.maitre.menu.StoreInfo;
import io.maitre.nlu.ItemRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Answers about the menu, prices and the restaurant. */
final class InfoActs {

    private InfoActs() {
    }

    static void menu(Turn turn) {
        List<MenuItem> named = namedItems(turn);
        if (!named.isEmpty()) {
            named.forEach(item -> turn.reply().say(turn.stock().available(item.id()) ? describe(item)
                    : turn.stock().soldOutMessage(item.id())));
            return;
        }
        Map<String, List<String>> byCategory = new LinkedHashMap<>();
        for (MenuItem item : turn.menu().items()) {
            if (turn.stock().available(item.id())) {
                byCategory.computeIfAbsent(item.category(), k -> new ArrayList<>()).add(item.name());
            }
        }
        List<String> parts = new ArrayList<>();
        byCategory.forEach((category, names) -> parts.add(MenuExamples.capitalized(category.replace('_', ' ')) + ": "
                + String.join(", ", names.size() > 8 ? names.subList(0, 8) : names)
                + (names.size() > 8 ? " and more" : "")));
        turn.reply().say("Here's our menu. " + String.join(". ", parts) + "."
                + MenuExamples.lead(turn.stock()).filter(item -> !item.optionGroups().isEmpty())
                        .map(item -> " " + MenuExamples.capitalized(Phrasing.plural(item.name().toLowerCase(Locale.ROOT)))
                                + " come with your choice of " + Phrasing.list(item.optionGroups().stream()
                                        .map(g -> g.name().toLowerCase(Locale.ROOT)).toList()) + ".")
                        .orElse(""));
    }

    static void price(Turn turn) {
        List<MenuItem> named = namedItems(turn);
        Menu menu = turn.menu();
        if (named.isEmpty()) {
            StoreInfo info = menu.info();
            String delivery = info.delivers() && info.deliveryFee() != null
                    ? " Delivery costs " + Phrasing.money(info.deliveryFee()) + "." : "";
            List<String> from = new ArrayList<>();
            Map<String, MenuItem> cheapest = new LinkedHashMap<>();
            for (MenuItem item : menu.items()) {
                cheapest.merge(item.category(), item, (a, b) -> b.price().compareTo(a.price()) < 0 ? b : a);
            }
            cheapest.forEach((category, item) -> from.add(category.replace('_', ' ') + " from "
                    + Phrasing.money(item.price())));
            turn.reply().say("Prices: " + Phrasing.list(from) + ", plus any size or extras." + delivery
                    + " Ask me about any item for its price.");
            return;
        }
        for (MenuItem item : named) {
            StringBuilder text = new StringBuilder("The ").append(item.name().toLowerCase(Locale.ROOT))
                    .append(" is ").append(Phrasing.money(item.price()));
            item.group("size").filter(g -> g.options().stream().anyMatch(o -> !o.surcharge().isZero()))
                    .ifPresent(sizes -> text.append(", sizes: ").append(String.join(", ", sizes.options().stream()
                            .map(o -> o.name().toLowerCase(Locale.ROOT) + " " + Phrasing.money(
                                    item.price().plus(o.surcharge())))
                            .toList())));
            turn.reply().say(text.append('.').toString());
        }
    }

    static void store(Turn turn) {
        StoreInfo info = turn.menu().info();
        String delivery = info.delivers()
                ? "We deliver to " + info.deliveryArea() + (info.deliveryFee() == null ? "" : " for "
                        + Phrasing.money(info.deliveryFee())) + "."
                : "We don't deliver, but pickup is quick.";
        turn.reply().say(turn.menu().name() + " is at " + info.address() + ", phone " + info.phone() + ". Hours: "
                + info.hours() + ". " + delivery);
    }

    static void help(Turn turn) {
        turn.reply().say("I can take your order. Tell me what you'd like"
                + MenuExamples.fullOrder(turn.stock()).map(o -> ", for example \"" + o + "\"").orElse("")
                + ". You can change or remove what you ordered (\"make it two\"), ask what's in your order, ask about "
                + "the menu and prices, or ask for a person at any time.");
    }

    private static List<MenuItem> namedItems(Turn turn) {
        return turn.heard().items().stream().map(ItemRequest::itemId).filter(Objects::nonNull).distinct()
                .map(id -> turn.menu().item(id).orElse(null)).filter(Objects::nonNull).toList();
    }

    private static String describe(MenuItem item) {
        StringBuilder text = new StringBuilder(item.name()).append(": ").append(Phrasing.money(item.price()));
        item.optionGroups().forEach(g -> text.append(". ").append(g.name()).append(": ")
                .append(String.join(", ", g.options().stream().limit(12).map(MenuOption::name).toList()))
                .append(g.options().size() > 12 ? " and more" : ""));
        return text.append('.').toString();
    }
}
