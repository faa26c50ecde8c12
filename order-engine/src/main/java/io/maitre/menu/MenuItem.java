package io.maitre.menu;

import java.util.List;
import java.util.Optional;

/**
 * Something a customer can order. {@code category} is a lower snake_case id grouping items on the menu and at the
 * kitchen's stations, e.g. {@code pizza}, {@code burrito}, {@code drink}, {@code side}, {@code dessert}.
 * {@code price} is the base price; option surcharges add to it. {@code benchmarkId}, usually null, is the id a
 * benchmark's catalog gives the item when it is no menu id ({@code mexican_coca-cola}).
 */
public record MenuItem(String id, String name, String category, List<String> synonyms, Money price,
                       List<OptionGroup> optionGroups, String benchmarkId) {

    /** An item with no benchmark id of its own. */
    public MenuItem(String id, String name, String category, List<String> synonyms, Money price,
                    List<OptionGroup> optionGroups) {
        this(id, name, category, synonyms, price, optionGroups, null);
    }

    /** The group whose choice selects size-specific surcharges of the other options. */
    public static final String SIZE_GROUP = "size";

    /** @throws InvalidMenu when ids repeat, the category is no lower snake_case id or a price is negative */
    public MenuItem {
        MenuIds.requireId(id, "Item");
        MenuIds.requireText(name, "Item '" + id + "'");
        MenuIds.requireId(category, "Item '" + id + "': category");
        synonyms = MenuIds.synonyms(synonyms);
        MenuIds.requireNonNegative(price, "Item '" + id + "'");
        optionGroups = optionGroups == null ? List.of() : List.copyOf(optionGroups);
        MenuIds.requireUniqueIds(optionGroups, OptionGroup::id, "Item '" + id + "': option group");
        requireKnownSizes(id, optionGroups);
        requireKnownExclusions(id, optionGroups);
    }

    /** The groups an option of this item rules out (a can rules out a size); empty for an unknown option. */
    public List<String> excludedBy(String groupId, String optionId) {
        return group(groupId).flatMap(group -> group.option(optionId)).map(MenuOption::excludes).orElse(List.of());
    }

    public Optional<OptionGroup> group(String groupId) {
        return optionGroups.stream().filter(group -> group.id().equals(groupId)).findFirst();
    }

    /** Position of the group in menu order, or -1. */
    public int indexOf(String groupId) {
        for (int i = 0; i < optionGroups.size(); i++) {
            if (optionGroups.get(i).id().equals(groupId)) {
                return i;
            }
        }
        return -1;
    }

    private static void requireKnownExclusions(String itemId, List<OptionGroup> groups) {
        for (OptionGroup group : groups) {
            for (MenuOption option : group.options()) {
                for (String excluded : option.excludes()) {
                    if (excluded.equals(group.id()) || groups.stream().noneMatch(g -> g.id().equals(excluded))) {
                        throw new InvalidMenu("Item '" + itemId + "': option '" + option.id() + "' in group '"
                                + group.id() + "' excludes '" + excluded + "', which is not another group of the item");
                    }
                }
            }
        }
    }

    private static void requireKnownSizes(String itemId, List<OptionGroup> groups) {
        Optional<OptionGroup> sizes = groups.stream().filter(g -> g.id().equals(SIZE_GROUP)).findFirst();
        for (OptionGroup group : groups) {
            for (MenuOption option : group.options()) {
                for (String size : option.surchargeBySize().keySet()) {
                    if (sizes.flatMap(s -> s.option(size)).isEmpty()) {
                        throw new InvalidMenu("Item '" + itemId + "': option '" + option.id() + "' in group '"
                                + group.id() + "' has a surcharge for size '" + size
                                + "' which is not an option of the item's size group");
                    }
                }
            }
        }
    }
}
