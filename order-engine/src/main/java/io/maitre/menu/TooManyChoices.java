package io.maitre.menu;

/** More options were chosen in a group than it allows (e.g. two sizes for one pizza). */
public class TooManyChoices extends RuntimeException {

    private final String itemId;
    private final String group;
    private final int max;

    public TooManyChoices(String itemId, String group, int max) {
        super("Item '" + itemId + "' allows at most " + max + " choice(s) in group '" + group + "'");
        this.itemId = itemId;
        this.group = group;
        this.max = max;
    }

    public String itemId() {
        return itemId;
    }

    public String group() {
        return group;
    }

    public int max() {
        return max;
    }
}
