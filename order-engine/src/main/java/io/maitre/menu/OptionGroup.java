package io.maitre.menu;

import java.util.List;
import java.util.Optional;

/**
 * A set of options for an item, e.g. pizza {@code size}. A required group must end up with a
 * choice; when it has a default the default is applied, otherwise the customer is asked.
 * {@code defaultOptionId} may be null.
 */
public record OptionGroup(String id, String name, boolean required, int maxChoices, String defaultOptionId,
                          List<MenuOption> options) {

    /** @throws InvalidMenu when ids repeat, the default is not an option, or maxChoices is below 1 */
    public OptionGroup {
        MenuIds.requireId(id, "Option group");
        MenuIds.requireText(name, "Option group '" + id + "'");
        options = options == null ? List.of() : List.copyOf(options);
        if (options.isEmpty()) {
            throw new InvalidMenu("Option group '" + id + "' has no options");
        }
        if (maxChoices < 1) {
            throw new InvalidMenu("Option group '" + id + "' must allow at least one choice, not " + maxChoices);
        }
        MenuIds.requireUniqueIds(options, MenuOption::id, "Option group '" + id + "': option");
        String defaultId = defaultOptionId;
        if (defaultId != null && options.stream().noneMatch(option -> option.id().equals(defaultId))) {
            throw new InvalidMenu("Option group '" + id + "' has default '" + defaultId
                    + "' which is not one of its options");
        }
    }

    public Optional<MenuOption> option(String optionId) {
        return options.stream().filter(option -> option.id().equals(optionId)).findFirst();
    }

    /** Position of the option in menu order, or -1; used to keep option lists in a stable order. */
    public int indexOf(String optionId) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).id().equals(optionId)) {
                return i;
            }
        }
        return -1;
    }
}
