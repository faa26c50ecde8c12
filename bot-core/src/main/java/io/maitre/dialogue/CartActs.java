package io.maitre.dialogue;

import io.maitre.cart.Cart;
import io.maitre.cart.CartLine;
import io.maitre.cart.CartPricing;
import io.maitre.cart.ItemSelection;
import io.maitre.cart.LineId;
import io.maitre.cart.OptionChoice;
import io.maitre.cart.PricedLine;
import io.maitre.cart.Qualifier;
import io.maitre.conversation.Conversation;
import io.maitre.menu.MenuItem;
import io.maitre.menu.OptionGroup;
import io.maitre.nlu.Edit;
import io.maitre.nlu.ItemRequest;
import io.maitre.nlu.OptionRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** Adding, completing, changing and removing cart lines. */
final class CartActs {

    private static final Pattern ONTO_A_LINE = Pattern.compile("\\b(?:to|on|onto)\\s+(?:the|my|that|it)\\b",
            Pattern.CASE_INSENSITIVE);

    private CartActs() {
    }

    /** Adds every named item; items still missing a required choice wait in the conversation's pending list. */
    static void add(Turn turn, List<ItemRequest> requests) {
        Conversation c = turn.conversation();
        if (!c.cart().isEmpty() && c.pending().isEmpty() && !requests.isEmpty()
                && requests.stream().allMatch(r -> r.itemId() == null && !r.options().isEmpty())) {
            // options with no item, nothing waiting for them ("decaf", "one of them decaf"): a change to a line
            changeSome(turn, requests.get(0));
            return;
        }
        List<ItemSelection> added = new ArrayList<>();
        List<ItemSelection> pending = new ArrayList<>(c.pending());
        for (ItemRequest request : requests) {
            if (request.itemId() == null) {
                continue;
            }
            Optional<MenuItem> item = turn.menu().item(request.itemId());
            if (item.isEmpty()) {
                turn.reply().say("Sorry, we don't have " + request.itemId().replace('_', ' ') + ".");
                continue;
            }
            if (!turn.stock().available(item.get().id())) {
                turn.reply().say(turn.stock().soldOutMessage(item.get().id()));
                continue;
            }
            ItemSelection selection = new ItemSelection(item.get().id(), quantity(request.quantity()),
                    choices(item.get(), request.options(), turn), request.note());
            if (!turn.editor().missingRequired(selection).isEmpty()) {
                pending.add(selection);
            } else if (addToCart(turn, selection)) {
                added.add(selection);
            }
        }
        c.pending(pending);
        acknowledge(turn, added);
        notOnTheMenu(turn);
    }

    /**
     * Says which dishes asked for the menu does not have ("a pizza and a calzone"), rather than leaving them out
     * without a word; true when there were some.
     */
    static boolean notOnTheMenu(Turn turn) {
        List<String> unknown = turn.heard().entities().stream().filter(e -> "unknown_item".equals(e.type()))
                .map(e -> e.text().strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty()).distinct().toList();
        if (unknown.isEmpty()) {
            return false;
        }
        turn.reply().say("Sorry, we don't have " + Phrasing.list(unknown) + " on our menu.");
        return true;
    }

    /**
     * Whether "add extra cheese to the pizza" means the pizza already in the cart rather than a new
     * one: one named item, already in the cart, with options but no quantity, and "to the"/"on my".
     */
    static boolean addsToALineInTheCart(Turn turn) {
        List<ItemRequest> requests = turn.heard().items();
        if (requests.size() != 1 || !ONTO_A_LINE.matcher(turn.heard().text()).find()) {
            return false;
        }
        ItemRequest request = requests.get(0);
        return request.quantity() == null && !request.options().isEmpty() && (request.itemId() == null
                || turn.conversation().cart().lines().stream().anyMatch(l -> l.itemId().equals(request.itemId())));
    }

    /**
     * Applies an answer to the question about the first pending item. Returns false when the message
     * did not answer it, so that the caller handles it as anything else.
     */
    static boolean completePending(Turn turn) {
        Conversation c = turn.conversation();
        if (c.pending().isEmpty()) {
            return false;
        }
        ItemSelection first = c.pending().get(0);
        MenuItem item = turn.menu().item(first.itemId()).orElseThrow();
        List<OptionRequest> offered = new ArrayList<>();
        for (ItemRequest request : turn.heard().items()) {
            if (request.itemId() == null || request.itemId().equals(first.itemId())) {
                offered.addAll(request.options());
            }
        }
        List<OptionChoice> answers = choices(item, offered, turn);
        if (answers.isEmpty()) {
            return false;
        }
        ItemSelection completed = withChoices(item, first, answers);
        List<ItemSelection> rest = new ArrayList<>(c.pending().subList(1, c.pending().size()));
        if (!turn.editor().missingRequired(completed).isEmpty()) {
            rest.add(0, completed);
            c.pending(rest);
            return true;
        }
        c.pending(rest);
        if (addToCart(turn, completed)) {
            acknowledge(turn, List.of(completed));
        }
        return true;
    }

    /** Leaves out the item the bot was asking about. */
    static void dropPending(Turn turn) {
        Conversation c = turn.conversation();
        ItemSelection first = c.pending().get(0);
        c.pending(c.pending().subList(1, c.pending().size()));
        String name = turn.menu().item(first.itemId()).map(MenuItem::name).orElse(first.itemId());
        turn.reply().say("OK, I've left out the " + name.toLowerCase(Locale.ROOT) + ".");
    }

    /** Changes a line already in the cart: size, quantity, options, or one item for another. */
    static void modify(Turn turn) {
        Conversation c = turn.conversation();
        List<ItemRequest> requests = turn.heard().items();
        if (c.cart().isEmpty()) {
            if (!c.pending().isEmpty() && completePending(turn)) {
                return;
            }
            add(turn, requests);
            return;
        }
        Optional<Described> described = described(c.cart(), requests);
        if (described.isPresent()) {
            // "make the ham one large": the ham names the line, the rest is the change; "one" there is no quantity
            requests = requests.stream().filter(r -> r != described.get().by())
                    .map(r -> r.quantity() != null && r.quantity() == 1
                            ? new ItemRequest(r.itemId(), null, r.options(), r.note(), r.vagueOptions()) : r)
                    .toList();
        }
        Optional<ItemRequest> missing = described.isPresent() ? Optional.empty() : notInTheCart(c.cart(), requests);
        if (missing.isPresent() && !c.pending().isEmpty()
                && c.pending().get(0).itemId().equals(missing.get().itemId()) && completePending(turn)) {
            return;
        }
        if (missing.isPresent()) {
            // "change the coke to a sprite" without a coke: another line must not become the sprite
            String name = turn.menu().item(missing.get().itemId()).map(MenuItem::name).orElse(missing.get().itemId());
            turn.reply().say("There's no " + name.toLowerCase(Locale.ROOT) + " in your order.");
            return;
        }
        Optional<CartLine> target = described.isPresent() ? Optional.of(described.get().line())
                : target(turn, requests);
        if (target.isEmpty() || requests.isEmpty()) {
            turn.reply().say("Sorry, I'm not sure what to change. You can say things like \"make it a large\" or "
                    + "\"remove the coke\".");
            return;
        }
        CartLine line = target.get();
        ItemRequest first = requests.get(0);
        ItemRequest replacement = requests.stream()
                .filter(r -> r.edit() != Edit.REPLACE && r.itemId() != null && !r.itemId().equals(line.itemId()))
                .findFirst().orElse(null);
        ItemSelection changed;
        if (replacement != null) {
            MenuItem item = turn.menu().item(replacement.itemId()).orElse(null);
            if (item == null) {
                turn.reply().say("Sorry, we don't have that.");
                return;
            }
            changed = new ItemSelection(item.id(),
                    replacement.quantity() != null ? quantity(replacement.quantity()) : line.quantity(),
                    choices(item, replacement.options(), turn), line.note());
            if (!turn.editor().missingRequired(changed).isEmpty()) {
                c.cart(turn.editor().remove(c.cart(), line.id()));
                List<ItemSelection> pending = new ArrayList<>(c.pending());
                pending.add(0, changed);
                c.pending(pending);
                return;
            }
        } else {
            MenuItem item = turn.menu().item(line.itemId()).orElseThrow();
            List<OptionRequest> options = requests.stream()
                    .filter(r -> r.itemId() == null || r.itemId().equals(line.itemId()))
                    .flatMap(r -> r.options().stream()).toList();
            Integer quantity = requests.stream().map(ItemRequest::quantity).filter(Objects::nonNull).findFirst()
                    .orElse(null);
            if (options.isEmpty() && quantity == null && first.note() == null) {
                turn.reply().say("What would you like to change about the " + item.name().toLowerCase(Locale.ROOT)
                        + "?");
                return;
            }
            ItemSelection base = line.toSelection();
            changed = new ItemSelection(base.itemId(), quantity != null ? quantity(quantity) : base.quantity(),
                    base.options(), first.note() != null ? first.note() : base.note());
            changed = withChoices(item, changed, choices(item, options, turn));
        }
        Cart before = c.cart();
        try {
            Cart after = turn.editor().replace(before, line.id(), changed);
            c.cart(after);
            rememberLine(c, after, changed);
            PricedLine priced = priced(turn, after, changed);
            turn.reply().say("Done, that's now " + (priced == null ? "updated" : Phrasing.line(priced)) + ".");
        } catch (RuntimeException e) {
            turn.reply().say(Problems.describe(e, turn.menu()));
        }
    }

    /** Removes named items, some of a line ("one less coke"), or an option from the last item ("no olives"). */
    static void remove(Turn turn) {
        Conversation c = turn.conversation();
        List<String> removed = new ArrayList<>();
        for (ItemRequest request : turn.heard().items()) {
            if (request.itemId() == null) {
                Optional<CartLine> line = lastTouched(c);
                if (line.isPresent() && !request.options().isEmpty()) {
                    MenuItem item = turn.menu().item(line.get().itemId()).orElseThrow();
                    List<OptionRequest> without = request.options().stream()
                            .map(o -> new OptionRequest(o.group(), o.id(), io.maitre.nlu.Qualifier.NONE)).toList();
                    ItemSelection changed = withChoices(item, line.get().toSelection(), choices(item, without, turn));
                    c.cart(turn.editor().replace(c.cart(), line.get().id(), changed));
                    rememberLine(c, c.cart(), changed);
                    removed.add(Phrasing.list(request.options().stream().map(o -> optionName(turn, item, o)).toList()));
                }
                continue;
            }
            List<CartLine> lines = c.cart().lines().stream().filter(l -> l.itemId().equals(request.itemId())).toList();
            if (lines.isEmpty()) {
                continue;
            }
            CartLine line = lines.stream().max(Comparator.comparing(l -> matches(l, request))).orElseThrow();
            String name = turn.menu().item(line.itemId()).map(MenuItem::name).orElse(line.itemId())
                    .toLowerCase(Locale.ROOT);
            if (request.quantity() != null && request.quantity() < line.quantity()) {
                c.cart(turn.editor().setQuantity(c.cart(), line.id(), line.quantity() - request.quantity()));
                removed.add(request.quantity() + " " + (request.quantity() == 1 ? name : Phrasing.plural(name)));
            } else {
                c.cart(turn.editor().remove(c.cart(), line.id()));
                removed.add("the " + (line.quantity() == 1 ? name : Phrasing.plural(name)));
            }
        }
        if (removed.isEmpty()) {
            turn.reply().say(c.cart().isEmpty() ? "Your order is empty."
                    : "I couldn't find that in your order. You have " + Phrasing.lines(turn.pricedCart().lines())
                            + ".");
        } else {
            turn.reply().say("OK, I've taken off " + Phrasing.list(removed) + "."
                    + (c.cart().isEmpty() ? " Your order is empty now." : ""));
        }
    }

    /**
     * Options for a line already in the cart, for all of it, or for some of it when fewer are counted than it has
     * ("one of them decaf" with two cappuccinos: one stays as it was, one becomes decaf).
     */
    private static void changeSome(Turn turn, ItemRequest request) {
        Conversation c = turn.conversation();
        Optional<CartLine> target = target(turn, List.of(request));
        if (target.isEmpty()) {
            return;
        }
        CartLine line = target.get();
        MenuItem item = turn.menu().item(line.itemId()).orElseThrow();
        List<OptionChoice> options = choices(item, request.options(), turn);
        if (options.isEmpty()) {
            return;
        }
        int some = request.quantity() == null ? line.quantity() : request.quantity();
        ItemSelection changed = withChoices(item, new ItemSelection(line.itemId(), Math.min(some, line.quantity()),
                line.options(), line.note()), options);
        try {
            Cart after = some < line.quantity()
                    ? turn.editor().add(turn.editor().setQuantity(c.cart(), line.id(), line.quantity() - some), changed)
                    : turn.editor().replace(c.cart(), line.id(), changed);
            c.cart(after);
            rememberLine(c, after, changed);
            turn.reply().say("Done, that's now " + Phrasing.lines(CartPricing.price(after, turn.menu()).lines()
                    .stream().filter(l -> l.line().itemId().equals(line.itemId())).toList()) + ".");
        } catch (RuntimeException e) {
            turn.reply().say(Problems.describe(e, turn.menu()));
        }
    }

    /** Maps what the customer named to the item's own option groups, dropping what the item doesn't offer. */
    static List<OptionChoice> choices(MenuItem item, List<OptionRequest> requests, Turn turn) {
        List<OptionChoice> out = new ArrayList<>();
        for (OptionRequest request : requests) {
            item.group(request.group()).flatMap(g -> g.option(request.id()))
                    .ifPresentOrElse(option -> out.add(new OptionChoice(request.group(), request.id(),
                            qualifier(request.qualifier()))),
                            () -> turn.reply().say("The " + item.name().toLowerCase(Locale.ROOT) + " doesn't come with "
                                    + request.id().replace('_', ' ') + ", so I left that out."));
        }
        return out;
    }

    private static ItemSelection withChoices(MenuItem item, ItemSelection selection, List<OptionChoice> changes) {
        List<OptionChoice> options = new ArrayList<>(selection.options());
        for (OptionChoice change : changes) {
            OptionGroup group = item.group(change.group()).orElseThrow();
            if (group.maxChoices() == 1 && change.qualifier() != Qualifier.NONE) {
                options.removeIf(o -> o.group().equals(change.group()));
            } else {
                options.removeIf(o -> o.group().equals(change.group()) && o.optionId().equals(change.optionId()));
            }
            boolean wasChosen = selection.options().stream()
                    .anyMatch(o -> o.group().equals(change.group()) && o.optionId().equals(change.optionId()));
            if (change.qualifier() != Qualifier.NONE || !wasChosen) {
                options.add(change);
            }
        }
        return new ItemSelection(selection.itemId(), selection.quantity(), options, selection.note());
    }

    private static boolean addToCart(Turn turn, ItemSelection selection) {
        Conversation c = turn.conversation();
        try {
            Cart after = turn.editor().add(c.cart(), selection);
            c.cart(after);
            rememberLine(c, after, selection);
            return true;
        } catch (RuntimeException e) {
            turn.reply().say(Problems.describe(e, turn.menu()));
            return false;
        }
    }

    private static void acknowledge(Turn turn, List<ItemSelection> added) {
        if (added.isEmpty()) {
            return;
        }
        Cart only = Cart.empty();
        for (ItemSelection selection : added) {
            only = turn.editor().add(only, selection);
        }
        turn.reply().say("Got it: " + Phrasing.lines(CartPricing.price(only, turn.menu()).lines()) + ".");
    }

    private static void rememberLine(Conversation c, Cart cart, ItemSelection selection) {
        cart.lines().stream()
                .filter(l -> l.itemId().equals(selection.itemId()) && sameOptions(l, selection))
                .reduce((a, b) -> b)
                .or(() -> cart.lines().stream().filter(l -> l.itemId().equals(selection.itemId()))
                        .reduce((a, b) -> b))
                .ifPresent(l -> c.lastLineId(l.id().value()));
    }

    private static boolean sameOptions(CartLine line, ItemSelection selection) {
        return line.options().containsAll(selection.options());
    }

    private static PricedLine priced(Turn turn, Cart cart, ItemSelection selection) {
        List<PricedLine> lines = CartPricing.price(cart, turn.menu()).lines();
        return lines.stream().filter(l -> l.line().itemId().equals(selection.itemId())
                && l.line().options().containsAll(selection.options())).findFirst().orElse(null);
    }

    /** The item a change asks to replace when the cart has no line of it. */
    private static Optional<ItemRequest> notInTheCart(Cart cart, List<ItemRequest> requests) {
        return requests.stream().filter(r -> r.edit() == Edit.REPLACE && r.itemId() != null)
                .filter(r -> cart.lines().stream().noneMatch(l -> l.itemId().equals(r.itemId()))).findFirst();
    }

    private static Optional<CartLine> target(Turn turn, List<ItemRequest> requests) {
        Conversation c = turn.conversation();
        for (ItemRequest request : requests) {
            if (request.itemId() != null) {
                Optional<CartLine> named = c.cart().lines().stream()
                        .filter(l -> l.itemId().equals(request.itemId())).reduce((a, b) -> b);
                if (named.isPresent()) {
                    return named;
                }
            }
        }
        Optional<CartLine> last = lastTouched(c);
        List<OptionRequest> options = requests.stream().flatMap(r -> r.options().stream()).toList();
        if (options.isEmpty() || last.filter(l -> offers(turn, l, options)).isPresent()) {
            return last;
        }
        // "black beans on both" after a drink: the latest line whose item has those options, else the last one
        List<CartLine> lines = c.cart().lines();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (offers(turn, lines.get(i), options)) {
                return Optional.of(lines.get(i));
            }
        }
        return last;
    }

    private static boolean offers(Turn turn, CartLine line, List<OptionRequest> options) {
        return turn.menu().item(line.itemId()).filter(item -> options.stream()
                .allMatch(o -> item.group(o.group()).flatMap(g -> g.option(o.id())).isPresent())).isPresent();
    }

    /** A line of the cart picked out by options it already has ("the ham one"), and the request that did so. */
    private record Described(CartLine line, ItemRequest by) {
    }

    /**
     * The line a change is about when one request's options, named plainly, are all on exactly one line, no other
     * request's are on any line, and another request asks for a change. Anything less clear-cut is left to the item
     * named or the line last touched.
     */
    private static Optional<Described> described(Cart cart, List<ItemRequest> requests) {
        if (requests.size() < 2) {
            return Optional.empty();
        }
        Described found = null;
        for (ItemRequest request : requests) {
            boolean plain = !request.options().isEmpty()
                    && request.options().stream().allMatch(o -> o.qualifier() == null);
            List<CartLine> lines = !plain ? List.of() : cart.lines().stream()
                    .filter(l -> request.itemId() == null || l.itemId().equals(request.itemId()))
                    .filter(l -> matches(l, request) == request.options().size())
                    .toList();
            if (lines.isEmpty()) {
                continue;
            }
            if (lines.size() > 1 || found != null) {
                return Optional.empty();
            }
            found = new Described(lines.get(0), request);
        }
        Described line = found;
        boolean changes = line != null && requests.stream().anyMatch(r -> r != line.by()
                && (!r.options().isEmpty() || r.note() != null));
        return changes ? Optional.of(line) : Optional.empty();
    }

    private static Optional<CartLine> lastTouched(Conversation c) {
        if (c.lastLineId() != null) {
            Optional<CartLine> line = c.cart().line(new LineId(c.lastLineId()));
            if (line.isPresent()) {
                return line;
            }
        }
        List<CartLine> lines = c.cart().lines();
        return lines.isEmpty() ? Optional.empty() : Optional.of(lines.get(lines.size() - 1));
    }

    private static int matches(CartLine line, ItemRequest request) {
        return (int) request.options().stream()
                .filter(o -> line.options().stream().anyMatch(l -> l.optionId().equals(o.id()))).count();
    }

    private static String optionName(Turn turn, MenuItem item, OptionRequest option) {
        return item.group(option.group()).flatMap(g -> g.option(option.id()))
                .map(o -> o.name().toLowerCase(Locale.ROOT)).orElse(option.id().replace('_', ' '));
    }

    private static int quantity(Integer quantity) {
        return quantity == null ? 1 : quantity;
    }

    private static Qualifier qualifier(io.maitre.nlu.Qualifier qualifier) {
        return qualifier == null ? null : Qualifier.valueOf(qualifier.name());
    }
}
