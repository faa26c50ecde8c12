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
 */
public record ItemRequest(String itemId, Integer quantity, List<OptionRequest> options, String note,
        List<VagueOption> vagueOptions) {

    public ItemRequest {
        options = options == null ? List.of() : List.copyOf(options);
        vagueOptions = vagueOptions == null ? List.of() : List.copyOf(vagueOptions);
    }

    /** A request whose options are all chosen. */
    public ItemRequest(String itemId, Integer quantity, List<OptionRequest> options, String note) {
        this(itemId, quantity, options, note, List.of());
    }
}
