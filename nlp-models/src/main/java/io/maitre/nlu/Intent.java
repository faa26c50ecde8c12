package io.maitre.nlu;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The intents of docs/architecture.md, Intents, with their stable ids. */
public enum Intent {
    GREET("greet"),
    GOODBYE("goodbye"),
    THANKS("thanks"),
    HELP("help"),
    AFFIRM("affirm"),
    DENY("deny"),
    ORDER_ADD("order.add"),
    ORDER_REMOVE("order.remove"),
    ORDER_MODIFY("order.modify"),
    ORDER_REVIEW("order.review"),
    ORDER_DONE("order.done"),
    ORDER_CANCEL("order.cancel"),
    ORDER_STATUS("order.status"),
    ORDER_REORDER("order.reorder"),
    MENU_ASK("menu.ask"),
    MENU_PRICE("menu.price"),
    STORE_INFO("store.info"),
    FULFILLMENT_SET("fulfillment.set"),
    HUMAN_HANDOFF("human.handoff"),
    COMPLAINT("complaint"),
    OUT_OF_SCOPE("out_of_scope");

    private final String id;

    Intent(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<Intent> fromId(String id) {
        return Arrays.stream(values()).filter(i -> i.id.equals(id)).findFirst();
    }
}
