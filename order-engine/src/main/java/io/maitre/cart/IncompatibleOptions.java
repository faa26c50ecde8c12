package io.maitre.cart;

/** An option was chosen in a group that another chosen option rules out, e.g. a size for a can. */
public class IncompatibleOptions extends RuntimeException {

    private final String itemId;
    private final String group;
    private final String optionId;

    public IncompatibleOptions(String itemId, String group, String optionId) {
        super("Item '" + itemId + "': option '" + optionId + "' in group '" + group
                + "' does not go with the other options chosen");
        this.itemId = itemId;
        this.group = group;
        this.optionId = optionId;
    }

    public String itemId() {
        return itemId;
    }

    /** The group that is ruled out. */
    public String group() {
        return group;
    }

    public String optionId() {
        return optionId;
    }
}
