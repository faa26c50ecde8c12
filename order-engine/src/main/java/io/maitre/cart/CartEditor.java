package io.maitre.cart;

import io.maitre.menu.Menu;
import io.maitre.menu.MenuItem;
import io.maitre.menu.OptionGroup;
import io.maitre.menu.RequiredChoiceMissing;
import io.maitre.menu.TooManyChoices;
import io.maitre.menu.UnknownItem;
import io.maitre.menu.UnknownOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Changes carts according to one outlet's menu. Every change validates the selection (item,
 * options, quantity), applies the defaults of groups left without a choice, puts options in menu
 * order and merges lines that become identical, so a cart never holds two lines for the same
 * thing. Stateless and cheap: create one per menu or per call.
 */
public final class CartEditor {

    private final Menu menu;

    public CartEditor(Menu menu) {
        this.menu = Objects.requireNonNull(menu, "menu");
    }

    /**
     * Adds the selection as a new line, or adds its quantity to an identical line.
     *
     * @throws UnknownItem           the item is not on the menu
     * @throws UnknownOption         a group or option is not on the item
     * @throws TooManyChoices        a group got more choices than it allows
     * @throws IncompatibleOptions   an option was chosen in a group another chosen option rules out
     * @throws RequiredChoiceMissing a required group without default has no choice (see {@link #missingRequired})
     * @throws InvalidQuantity       the quantity, or the merged quantity, is outside 1..99
     */
    public Cart add(Cart cart, ItemSelection selection) {
        CartLine candidate = normalize(selection, unusedId(cart));
        List<CartLine> lines = new ArrayList<>(cart.lines());
        for (int i = 0; i < lines.size(); i++) {
            CartLine existing = lines.get(i);
            if (existing.sameContentAs(candidate)) {
                lines.set(i, existing.withQuantity(merged(existing.quantity(), candidate.quantity())));
                return new Cart(lines);
            }
        }
        lines.add(candidate);
        return new Cart(lines);
    }

    /**
     * Replaces a line with a new selection, keeping its id and position. When the result is
     * identical to another line, that line's quantity moves into this one and it disappears.
     *
     * @throws LineNotFound the cart has no such line
     * @see #add for the validation errors
     */
    public Cart replace(Cart cart, LineId id, ItemSelection selection) {
        requireLine(cart, id);
        CartLine replacement = normalize(selection, id);
        CartLine twin = cart.lines().stream()
                .filter(line -> !line.id().equals(id) && line.sameContentAs(replacement))
                .findFirst()
                .orElse(null);
        CartLine result = twin == null ? replacement
                : replacement.withQuantity(merged(replacement.quantity(), twin.quantity()));
        List<CartLine> lines = new ArrayList<>();
        for (CartLine line : cart.lines()) {
            if (line.id().equals(id)) {
                lines.add(result);
            } else if (line != twin) {
                lines.add(line);
            }
        }
        return new Cart(lines);
    }

    /** @throws LineNotFound the cart has no such line */
    public Cart remove(Cart cart, LineId id) {
        requireLine(cart, id);
        return new Cart(cart.lines().stream().filter(line -> !line.id().equals(id)).toList());
    }

    /**
     * @throws LineNotFound    the cart has no such line
     * @throws InvalidQuantity the quantity is outside 1..99 (remove the line instead of setting 0)
     */
    public Cart setQuantity(Cart cart, LineId id, int quantity) {
        requireLine(cart, id);
        InvalidQuantity.require(quantity);
        return new Cart(cart.lines().stream()
                .map(line -> line.id().equals(id) ? line.withQuantity(quantity) : line)
                .toList());
    }

    /**
     * The required groups of the selected item that have no default and no choice yet, in menu
     * order (e.g. the size of a pizza): the bot asks for these before adding.
     *
     * @throws UnknownItem the item is not on the menu
     */
    public List<OptionGroup> missingRequired(ItemSelection selection) {
        MenuItem item = menu.requireItem(selection.itemId());
        Set<String> excluded = excluded(item, selection.options());
        return item.optionGroups().stream()
                .filter(group -> group.required() && group.defaultOptionId() == null)
                .filter(group -> !excluded.contains(group.id()))
                .filter(group -> selection.options().stream()
                        .noneMatch(choice -> choice.group().equals(group.id()) && choice.qualifier() != Qualifier.NONE))
                .toList();
    }

    private CartLine normalize(ItemSelection selection, LineId id) {
        MenuItem item = menu.requireItem(selection.itemId());
        InvalidQuantity.require(selection.quantity());
        Map<String, OptionChoice> choices = new LinkedHashMap<>();
        for (OptionChoice choice : selection.options()) {
            OptionGroup group = item.group(choice.group())
                    .orElseThrow(() -> new UnknownOption(item.id(), choice.group(), choice.optionId()));
            group.option(choice.optionId())
                    .orElseThrow(() -> new UnknownOption(item.id(), choice.group(), choice.optionId()));
            // The same option twice ("cheese ... extra cheese") is one choice; the later wording wins.
            String key = choice.group() + '\u0000' + choice.optionId();
            choices.remove(key);
            choices.put(key, choice);
        }
        List<OptionChoice> options = new ArrayList<>(choices.values());
        Set<String> excluded = excluded(item, options);
        for (OptionChoice choice : options) {
            if (choice.qualifier() != Qualifier.NONE && excluded.contains(choice.group())) {
                throw new IncompatibleOptions(item.id(), choice.group(), choice.optionId());
            }
        }
        for (OptionGroup group : item.optionGroups()) {
            long chosen = options.stream()
                    .filter(choice -> choice.group().equals(group.id()) && choice.qualifier() != Qualifier.NONE)
                    .count();
            if (chosen > group.maxChoices()) {
                throw new TooManyChoices(item.id(), group.id(), group.maxChoices());
            }
            boolean untouched = options.stream().noneMatch(choice -> choice.group().equals(group.id()));
            if (untouched && group.defaultOptionId() != null && !excluded.contains(group.id())) {
                options.add(OptionChoice.of(group.id(), group.defaultOptionId()));
            }
        }
        List<String> missing = missingRequired(selection.withOptions(options)).stream().map(OptionGroup::id).toList();
        if (!missing.isEmpty()) {
            throw new RequiredChoiceMissing(item.id(), missing);
        }
        options.sort(Comparator.<OptionChoice>comparingInt(choice -> item.indexOf(choice.group()))
                .thenComparingInt(choice -> item.group(choice.group()).orElseThrow().indexOf(choice.optionId())));
        return new CartLine(id, item.id(), selection.quantity(), options, selection.note());
    }

    /** The groups the chosen options rule out: a can or a 2-liter bottle has no size. */
    private static Set<String> excluded(MenuItem item, List<OptionChoice> options) {
        Set<String> excluded = new HashSet<>();
        options.stream()
                .filter(choice -> choice.qualifier() != Qualifier.NONE)
                .forEach(choice -> excluded.addAll(item.excludedBy(choice.group(), choice.optionId())));
        return excluded;
    }

    private static int merged(int quantity, int more) {
        return InvalidQuantity.require(quantity + more);
    }

    private static LineId unusedId(Cart cart) {
        LineId id = LineId.random();
        while (cart.line(id).isPresent()) {
            id = LineId.random();
        }
        return id;
    }

    private static void requireLine(Cart cart, LineId id) {
        if (cart.line(id).isEmpty()) {
            throw new LineNotFound(id);
        }
    }
}
