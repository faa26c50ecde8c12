package io.maitre.order;

import io.maitre.cart.CartLine;
import io.maitre.cart.LineId;
import io.maitre.cart.OptionChoice;
import io.maitre.cart.PricedLine;
import io.maitre.cart.PricedOption;
import io.maitre.menu.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;

/** A priced cart line frozen at placement: names and prices no longer follow the menu. */
@Embeddable
class OrderLine {

    @Column(name = "line_id", nullable = false)
    private String lineId;

    @Column(name = "item_id", nullable = false)
    private String itemId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "note")
    private String note;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    @Column(name = "line_total", nullable = false)
    private BigDecimal lineTotal;

    // The list is never changed in place, so Hibernate need not snapshot it for dirty checking, which it would do by
    // writing it to JSON and reading it back on every load and persist.
    @Convert(converter = LineOptionsConverter.class)
    @Mutability(Immutability.class)
    @Column(name = "options_json", nullable = false)
    private List<LineOption> options;

    protected OrderLine() {
    }

    static OrderLine of(PricedLine priced) {
        OrderLine line = new OrderLine();
        line.lineId = priced.line().id().value();
        line.itemId = priced.line().itemId();
        line.name = priced.name();
        line.quantity = priced.line().quantity();
        line.note = priced.line().note();
        line.unitPrice = priced.unitPrice().amount();
        line.lineTotal = priced.lineTotal().amount();
        line.options = priced.options().stream()
                .map(option -> new LineOption(option.choice().group(), option.choice().optionId(),
                        option.choice().qualifier(), option.name(), option.surcharge().amount()))
                .toList();
        return line;
    }

    PricedLine toPricedLine(Currency currency) {
        List<PricedOption> priced = options.stream()
                .map(option -> new PricedOption(new OptionChoice(option.group(), option.optionId(), option.qualifier()),
                        option.name(), new Money(option.surcharge(), currency)))
                .toList();
        List<OptionChoice> choices = priced.stream().map(PricedOption::choice).toList();
        CartLine line = new CartLine(new LineId(lineId), itemId, quantity, choices, note);
        return new PricedLine(line, name, priced, new Money(unitPrice, currency), new Money(lineTotal, currency));
    }
}
