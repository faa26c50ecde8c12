package io.maitre.menu;

import java.util.List;
import java.util.Optional;

/**
 * A set of options for an item, e.g. pizza {@code size}. A required group must end up with a
 * choice; when it has a default the default is applied, otherwise the customer is asked.
 * {@code defaultOptionId} may be null. {@code vagueTerms} are words naming the group without choosing an option
 * ("beans"), which leave the choice open between some of its options.
 */
public record OptionGroup(String id, String name, boolean required, int maxChoices, String defaultOptionId,
                          List<MenuOption> options, List<VagueTerm> vagueTerms) {

    /** A group without vague terms. */
    public OptionGroup(String id, String name, boolean required, int maxChoices, String defaultOptionId,
                       List<MenuOption> options) {
        this(id, name, required, maxChoices, defaultOptionId, options, List.of());
    }

    /**
     * @throws InvalidMenu when ids repeat, the default is not an option, maxChoices is below 1, or a vague term
     *     names an option the group does not have
     */
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
        vagueTerms = vagueTerms == null ? List.of() : List.copyOf(vagueTerms);
        for (VagueTerm term : vagueTerms) {
            for (String optionId : term.optionIds()) {
                if (options.stream().noneMatch(option -> option.id().equals(optionId))) {
                    throw new InvalidMenu("Option group '" + id + "': vague term " + term.words() + " names '"
                            + optionId + "' which is not one of its options");
                }
            }
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
