package io.maitre.menu;

/** The item has no such option group, or the group has no such option. */
public class UnknownOption extends RuntimeException {

    private final String itemId;
    private final String group;
    private final String optionId;

    public UnknownOption(String itemId, String group, String optionId) {
        super("Item '" + itemId + "' has no option '" + optionId + "' in group '" + group + "'");
        this.itemId = itemId;
        this.group = group;
        this.optionId = optionId;
    }

    public String itemId() {
        return itemId;
    }

    public String group() {
        return group;
    }

    public String optionId() {
        return optionId;
    }
}
