package io.maitre.channel.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.maitre.channel.BotMessage;
import io.maitre.channel.CartView;
import io.maitre.channel.CustomerView;
import io.maitre.channel.Expecting;
import io.maitre.channel.FulfillmentView;
import io.maitre.channel.LineView;
import io.maitre.channel.OptionView;
import io.maitre.channel.OrderView;
import io.maitre.channel.Transcript;
import io.maitre.channel.TranscriptEntry;
import io.maitre.channel.TurnResult;
import java.util.List;

/**
 * The JSON of the web chat (docs/api.md) and of its WebSocket frames. Every key is always written, null or not,
 * whatever the application's default inclusion, because clients rely on the exact shapes.
 */
final class ChatJson {

    private ChatJson() {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Message(String text, Expecting expecting, String itemId, List<String> options) {

        static Message of(BotMessage message) {
            return new Message(message.text(), message.expecting(), message.itemId(), message.options());
        }

        static List<Message> all(List<BotMessage> messages) {
            return messages.stream().map(Message::of).toList();
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Option(String group, String id, String name, String qualifier) {

        static Option of(OptionView option) {
            return new Option(option.group(), option.id(), option.name(), option.qualifier());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Line(String lineId, String itemId, String name, int quantity, List<Option> options, String unitPrice,
            String lineTotal, String note) {

        static Line of(LineView line) {
            return new Line(line.lineId(), line.itemId(), line.name(), line.quantity(),
                    line.options().stream().map(Option::of).toList(), line.unitPrice(), line.lineTotal(), line.note());
        }

        static List<Line> all(List<LineView> lines) {
            return lines.stream().map(Line::of).toList();
        }
    }

    /** A cart; when the bot reports none (nothing ordered yet) the client still gets an empty one. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Cart(List<Line> lines, String subtotal, String deliveryFee, String tax, String total, String currency) {

        private static final String ZERO = "0.00";

        static Cart of(CartView cart) {
            if (cart == null) {
                return new Cart(List.of(), ZERO, ZERO, ZERO, ZERO, null);
            }
            return new Cart(Line.all(cart.lines()), cart.subtotal(), cart.deliveryFee(), cart.tax(), cart.total(),
                    cart.currency());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Fulfillment(String mode, String time, String address) {

        static Fulfillment of(FulfillmentView fulfillment) {
            return fulfillment == null ? null
                    : new Fulfillment(fulfillment.mode(), fulfillment.time(), fulfillment.address());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Customer(String name, String phone) {

        static Customer of(CustomerView customer) {
            return customer == null ? null : new Customer(customer.name(), customer.phone());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Order(String orderId, String number, String status, String outletId, List<Line> lines, String subtotal,
            String deliveryFee, String tax, String total, String currency, Fulfillment fulfillment,
            Customer customer) {

        static Order of(OrderView order) {
            return order == null ? null
                    : new Order(order.orderId(), order.number(), order.status(), order.outletId(),
                            Line.all(order.lines()), order.subtotal(), order.deliveryFee(), order.tax(),
                            order.total(), order.currency(),
                            Fulfillment.of(order.fulfillment()), Customer.of(order.customer()));
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SessionCreated(String sessionId, String token, List<Message> messages) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Turn(List<Message> messages, Cart cart, Order order, boolean escalated) {

        static Turn of(TurnResult turn) {
            return new Turn(Message.all(turn.messages()), Cart.of(turn.cart()), Order.of(turn.order()),
                    turn.escalated());
        }
    }

    /** One transcript line; {@code at} is ISO-8601 (UTC). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Entry(String from, String text, String at, Expecting expecting, String itemId, List<String> options) {

        static Entry of(TranscriptEntry entry) {
            return new Entry(entry.from(), entry.text(), entry.at() == null ? null : entry.at().toString(),
                    entry.expecting(), entry.itemId(), entry.options());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Conversation(String sessionId, List<Entry> messages, Cart cart, Order order, boolean escalated) {

        static Conversation of(String sessionId, Transcript transcript) {
            return new Conversation(sessionId, transcript.entries().stream().map(Entry::of).toList(),
                    Cart.of(transcript.cart()), Order.of(transcript.order()), transcript.escalated());
        }
    }

    /** WebSocket: the socket is attached to a session and will receive its pushes. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AttachedFrame(String type, String sessionId) {

        AttachedFrame(String sessionId) {
            this("attached", sessionId);
        }
    }

    /** WebSocket: the result of a message this socket sent. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TurnFrame(String type, List<Message> messages, Cart cart, Order order, boolean escalated) {

        static TurnFrame of(TurnResult turn) {
            Turn json = Turn.of(turn);
            return new TurnFrame("turn", json.messages(), json.cart(), json.order(), json.escalated());
        }
    }

    /** WebSocket: an order of this session changed, and whether staff own the conversation now. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record OrderFrame(String type, Order order, Message message, boolean escalated) {

        static OrderFrame of(OrderView order, BotMessage message, boolean escalated) {
            return new OrderFrame("order", Order.of(order), message == null ? null : Message.of(message), escalated);
        }
    }

    /** WebSocket: a message outside a turn (staff's reply, the bot back after staff), and whether staff own it now. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SaidFrame(String type, String from, Message message, boolean escalated) {

        static SaidFrame of(String from, BotMessage message, boolean escalated) {
            return new SaidFrame("said", from, Message.of(message), escalated);
        }
    }

    /** WebSocket: a frame was refused; the same kinds as the REST problem details. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ErrorFrame(String type, int status, String title, String detail,
            @JsonProperty("type_uri") String typeUri) {

        static ErrorFrame of(ChatProblem problem) {
            return new ErrorFrame("error", problem.status(), problem.kind().title(), problem.detail(),
                    problem.kind().type().toString());
        }
    }
}
