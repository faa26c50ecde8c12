package io.maitre.menu;

import java.util.List;

/**
 * A required option group without a default has no choice (e.g. a pizza without a size). Ask for
 * the groups first: {@code CartEditor#missingRequired} lists them.
 */
public class RequiredChoiceMissing extends RuntimeException {

    private final String itemId;
    private final List<String> groups;

    public RequiredChoiceMissing(String itemId, List<String> groups) {
        super("Item '" + itemId + "' needs a choice in " + groups);
        this.itemId = itemId;
        this.groups = List.copyOf(groups);
    }

    public String itemId() {
        return itemId;
    }

    /** Ids of the groups that still need a choice, in menu order. */
    public List<String> groups() {
        return groups;
    }
}
