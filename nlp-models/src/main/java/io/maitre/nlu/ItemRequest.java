package io.maitre.nlu;

import java.util.List;

/**
 * One item the utterance asks for, adds, removes or changes.
 *
 * @param itemId the menu item id, or {@code null} when the utterance only names options or a quantity
 *     ("make it a large", "make that three")
 * @param quantity how many, or {@code null} when unsaid
 * @param options the options named for this item
 * @param note free text the kitchen should see, or {@code null}; the interpreter puts here what no option
 *     expresses, such as "no extra cheese"
 * @param vagueOptions options named without choosing one ("beans"), for the dialogue to ask about
 * @param edit what it asks to do to the order; {@link Edit#ADD} when not given
 */
public record ItemRequest(String itemId, Integer quantity, List<OptionRequest> options, String note,
        List<VagueOption> vagueOptions, Edit edit) {

    public ItemRequest {
        options = options == null ? List.of() : List.copyOf(options);
        vagueOptions = vagueOptions == null ? List.of() : List.copyOf(vagueOptions);
        edit = edit == null ? Edit.ADD : edit;
    }

    /** A request to add, with options left to choose. */
    public ItemRequest(String itemId, Integer quantity, List<OptionRequest> options, String note,
            List<VagueOption> vagueOptions) {
        this(itemId, quantity, options, note, vagueOptions, Edit.ADD);
    }

    /** A request to add whose options are all chosen. */
    public ItemRequest(String itemId, Integer quantity, List<OptionRequest> options, String note) {
        this(itemId, quantity, options, note, List.of(), Edit.ADD);
    }

    /** This request asking for another edit. */
    public ItemRequest as(Edit other) {
        return other == edit ? this : new ItemRequest(itemId, quantity, options, note, vagueOptions, other);
    }
}
