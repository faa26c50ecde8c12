package io.maitre.dialogue;

import io.maitre.menu.Menu;
import io.maitre.menu.MenuItem;
import io.maitre.menu.MenuOption;
import io.maitre.menu.Money;
import io.maitre.menu.OptionGroup;
import io.maitre.menu.StoreInfo;
import io.maitre.nlu.ItemRequest;
import io.maitre.nlu.OptionRequest;
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
        List<String> options = optionsAsked(turn);
        if (!options.isEmpty()) {
            // "do you have vegan options?", "gluten free crust?": what the menu has of those, not the whole menu
            turn.reply().say("We have " + Phrasing.list(options) + ".");
            return;
        }
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
        byCategory.forEach((category, names) -> parts.add(names.size() == 1
                && names.get(0).equalsIgnoreCase(category.replace('_', ' ')) ? names.get(0)
                : MenuExamples.capitalized(category.replace('_', ' ')) + ": "
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

    /** The options asked about, each as "the vegan style for pizzas ($2.00 to $4.00 extra, by size)". */
    private static List<String> optionsAsked(Turn turn) {
        List<String> found = new ArrayList<>();
        for (ItemRequest request : turn.heard().items()) {
            for (OptionRequest asked : request.options().stream().filter(o -> o.qualifier() == null).toList()) {
                turn.menu().items().stream()
                        .filter(item -> request.itemId() == null || item.id().equals(request.itemId()))
                        .filter(item -> turn.stock().available(item.id()))
                        .flatMap(item -> item.group(asked.group()).flatMap(g -> g.option(asked.id())
                                .map(o -> describe(item, g, o))).stream())
                        .findFirst().filter(d -> !found.contains(d)).ifPresent(found::add);
            }
        }
        return found;
    }

    private static String describe(MenuItem item, OptionGroup group, MenuOption option) {
        String kind = group.name().toLowerCase(Locale.ROOT);
        if (kind.endsWith("s") && !kind.endsWith("ss")) {
            kind = kind.substring(0, kind.length() - 1);
        }
        List<Money> prices = new ArrayList<>(option.surchargeBySize().values());
        prices.add(option.surcharge());
        Money low = prices.stream().min(Money::compareTo).orElseThrow();
        Money high = prices.stream().max(Money::compareTo).orElseThrow();
        String price = high.isZero() ? "no extra charge"
                : low.equals(high) ? Phrasing.money(high) + " extra"
                        : (low.isZero() ? "up to " : Phrasing.money(low) + " to ") + Phrasing.money(high)
                                + " extra, by size";
        return option.name() + " as a " + kind + " for " + Phrasing.plural(item.name().toLowerCase(Locale.ROOT))
                + " (" + price + ")";
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
