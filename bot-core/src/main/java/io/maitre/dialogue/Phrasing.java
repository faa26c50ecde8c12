package io.maitre.dialogue;

import io.maitre.cart.PricedCart;
import io.maitre.cart.PricedLine;
import io.maitre.cart.PricedOption;
import io.maitre.cart.Qualifier;
import io.maitre.menu.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How the bot words carts, lines and money in English. */
final class Phrasing {

    private static final Set<String> BEFORE_NAME = Set.of("size", "volume", "style");

    private Phrasing() {
    }

    static String money(Money money) {
        String symbol = money.currency().getSymbol(Locale.US);
        return symbol.length() == 1 ? symbol + money : money + " " + money.currency().getCurrencyCode();
    }

    /** "2 large thin crust pizzas with pepperoni, extra cheese and no olives". */
    static String line(PricedLine line) {
        List<String> before = new ArrayList<>();
        List<String> with = new ArrayList<>();
        List<String> without = new ArrayList<>();
        List<String> in = new ArrayList<>();
        for (PricedOption option : line.options()) {
            String name = option.name().toLowerCase(Locale.ROOT);
            Qualifier q = option.choice().qualifier();
            String group = option.choice().group();
            if (q == null && BEFORE_NAME.contains(group)) {
                before.add(name);
            } else if (q == null && "container".equals(group)) {
                in.add(name);
            } else if (q == Qualifier.NONE) {
                without.add(qualified(q, name));
            } else {
                with.add(q == null ? name : qualified(q, name));
            }
        }
        with.addAll(without);
        int quantity = line.line().quantity();
        StringBuilder text = new StringBuilder().append(quantity).append(' ');
        // "1 order of 12 piece chicken wings", not "1 12 piece chicken wings": a size that is itself a count
        boolean counted = !before.isEmpty() && Character.isDigit(before.get(0).charAt(0));
        if (counted) {
            text.append(quantity == 1 ? "order of " : "orders of ");
        }
        before.forEach(b -> text.append(b).append(' '));
        String name = line.name().toLowerCase(Locale.ROOT);
        text.append(quantity == 1 || counted ? name : plural(name));
        if (!in.isEmpty()) {
            text.append(quantity == 1 ? " in a " : " in ").append(quantity == 1 ? in.get(0) : plural(in.get(0)));
        }
        if (!with.isEmpty()) {
            text.append(" with ").append(list(with));
        }
        if (line.line().note() != null && !line.line().note().isBlank()) {
            text.append(" (").append(line.line().note()).append(')');
        }
        return text.toString();
    }

    private static String qualified(Qualifier qualifier, String name) {
        return switch (qualifier) {
            case NONE -> "no " + name;
            case EXTRA -> "extra " + name;
            case LIGHT -> "light " + name;
        };
    }

    static String lines(List<PricedLine> lines) {
        return list(lines.stream().map(Phrasing::line).toList());
    }

    /** "Subtotal $20.00, delivery $3.99, tax $2.13, total $26.12." (no delivery for pickup). */
    static String totals(PricedCart cart) {
        return "Subtotal " + money(cart.subtotal())
                + (cart.deliveryFee().isZero() ? "" : ", delivery " + money(cart.deliveryFee()))
                + ", tax " + money(cart.tax()) + ", total " + money(cart.total()) + ".";
    }

    static String list(List<String> parts) {
        if (parts.isEmpty()) {
            return "";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    static String plural(String noun) {
        if (noun.endsWith("s") || noun.endsWith("water") || noun.endsWith("coffee") || noun.endsWith("tea")
                || noun.endsWith("bread")) {
            return noun;
        }
        if (noun.endsWith("y") && !noun.endsWith("ey") && !noun.endsWith("ay") && !noun.endsWith("oy")) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }
}
