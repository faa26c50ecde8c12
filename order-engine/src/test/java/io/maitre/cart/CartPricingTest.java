package io.maitre.cart;

import static io.maitre.menu.TestMenus.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maitre.menu.LeadTime;
import io.maitre.menu.Menu;
import io.maitre.menu.OutletRules;
import io.maitre.menu.TaxRule;
import io.maitre.menu.TestMenus;
import io.maitre.menu.UnknownItem;
import io.maitre.menu.UnknownOption;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CartPricingTest {

    private final Menu menu = TestMenus.pizzeria("test");
    private final CartEditor editor = new CartEditor(menu);

    private static CartLine line(String item, int quantity, OptionChoice... options) {
        return new CartLine(LineId.random(), item, quantity, List.of(options), null);
    }

    private static OptionChoice choice(String group, String option, Qualifier qualifier) {
        return new OptionChoice(group, option, qualifier);
    }

    @Test
    void unitIsItemPricePlusSurchargesForTheChosenSize() {
        PricedLine large = CartPricing.price(line("pizza", 2, OptionChoice.of("size", "large"),
                OptionChoice.of("topping", "olives"), OptionChoice.of("topping", "ham")), menu);
        PricedLine small = CartPricing.price(line("pizza", 1, OptionChoice.of("size", "small"),
                OptionChoice.of("topping", "olives"), OptionChoice.of("topping", "ham")), menu);

        assertThat(large.name()).isEqualTo("Pizza");
        assertThat(large.options()).extracting(PricedOption::name).containsExactly("Large", "Olives", "Ham");
        assertThat(large.options()).extracting(PricedOption::surcharge)
                .containsExactly(usd("4.00"), usd("1.50"), usd("2.00"));
        assertThat(large.unitPrice()).isEqualTo(usd("17.50"));
        assertThat(large.lineTotal()).isEqualTo(usd("35.00"));
        assertThat(small.unitPrice()).isEqualTo(usd("12.00"));
    }

    @Test
    void withoutASizeToppingsCostTheirPlainSurcharge() {
        PricedLine line = CartPricing.price(line("pizza", 1, OptionChoice.of("topping", "ham")), menu);

        assertThat(line.unitPrice()).isEqualTo(usd("11.50"));
    }

    @Test
    void noneIsFreeLightIsPlainExtraIsDouble() {
        PricedLine line = CartPricing.price(line("pizza", 1, OptionChoice.of("size", "large"),
                choice("topping", "olives", Qualifier.EXTRA), choice("topping", "ham", Qualifier.LIGHT),
                choice("topping", "cheese", Qualifier.NONE)), menu);

        assertThat(line.options()).extracting(PricedOption::surcharge)
                .containsExactly(usd("4.00"), usd("3.00"), usd("2.00"), usd("0.00"));
        assertThat(line.unitPrice()).isEqualTo(usd("19.00"));
    }

    @Test
    void taxIsTheSubtotalTimesTheRateRoundedHalfUpToCents() {
        Cart cart = editor.add(Cart.empty(), ItemSelection.of("pizza", OptionChoice.of("size", "small")));
        cart = editor.add(cart, ItemSelection.of("coke", OptionChoice.of("size", "small")));

        PricedCart priced = CartPricing.price(cart, menu);

        assertThat(priced.subtotal()).isEqualTo(usd("12.00"));
        assertThat(priced.tax()).isEqualTo(usd("1.07"));
        assertThat(priced.total()).isEqualTo(usd("13.07"));
        assertThat(priced.currency()).isEqualTo(TestMenus.USD);
        assertThat(priced.lines()).extracting(PricedLine::lineTotal).containsExactly(usd("10.00"), usd("2.00"));
    }

    @Test
    void aDeliveryAddsTheOutletsFeeToTheTotalAndTaxesItAsTheOutletSays() {
        Cart cart = editor.add(Cart.empty(), ItemSelection.of("pizza", OptionChoice.of("size", "small")));
        cart = editor.add(cart, ItemSelection.of("coke", OptionChoice.of("size", "small")));

        PricedCart pickup = CartPricing.price(cart, menu);
        PricedCart delivery = CartPricing.price(cart, menu, true);

        assertThat(pickup.deliveryFee()).isEqualTo(usd("0.00"));
        assertThat(delivery.subtotal()).isEqualTo(usd("12.00"));
        assertThat(delivery.deliveryFee()).isEqualTo(usd("3.00"));
        assertThat(delivery.tax()).as("8.875 % of 15.00").isEqualTo(usd("1.33"));
        assertThat(delivery.total()).isEqualTo(usd("16.33"));
        assertThat(CartPricing.price(cart, TestMenus.pickupOnly("corner"), true).deliveryFee())
                .as("no fee where there is no delivery").isEqualTo(usd("0.00"));
    }

    @Test
    void anEmptyCartForDeliveryCostsNothing() {
        PricedCart empty = CartPricing.price(Cart.empty(), menu, true);

        assertThat(empty.deliveryFee()).isEqualTo(usd("0.00"));
        assertThat(empty.total()).isEqualTo(usd("0.00"));
    }

    @Test
    void pricesThatIncludeTaxAreNotRaisedByIt() {
        OutletRules vat = new OutletRules(ZoneId.of("Europe/Paris"), TestMenus.alwaysOpen(), LeadTime.minutes(0),
                null, null, new TaxRule(new BigDecimal("0.10"), true, true), List.of(), null);
        Menu paris = TestMenus.pizzeria("paris", vat);
        Cart cart = new CartEditor(paris).add(Cart.empty(), ItemSelection.of("pizza", OptionChoice.of("size", "large")));

        PricedCart priced = CartPricing.price(cart, paris);

        assertThat(priced.subtotal()).isEqualTo(usd("14.00"));
        assertThat(priced.tax()).as("the tenth part of 110 % is 1/11 of 14.00").isEqualTo(usd("1.27"));
        assertThat(priced.total()).isEqualTo(usd("14.00"));
    }

    @Test
    void addsUpManyLines() {
        Cart cart = editor.add(Cart.empty(), new ItemSelection("pizza", 2,
                List.of(OptionChoice.of("size", "large"), OptionChoice.of("topping", "olives")), null));
        cart = editor.add(cart, new ItemSelection("coke", 3, List.of(), null));
        cart = editor.add(cart, new ItemSelection("wings", 1, List.of(OptionChoice.of("size", "12_piece")), null));

        PricedCart priced = CartPricing.price(cart, menu);

        assertThat(priced.lines()).extracting(PricedLine::lineTotal)
                .containsExactly(usd("31.00"), usd("7.50"), usd("13.00"));
        assertThat(priced.subtotal()).isEqualTo(usd("51.50"));
        assertThat(priced.tax()).isEqualTo(usd("4.57"));
        assertThat(priced.total()).isEqualTo(usd("56.07"));
    }

    @Test
    void anEmptyCartCostsNothing() {
        PricedCart priced = CartPricing.price(Cart.empty(), menu);

        assertThat(priced.lines()).isEmpty();
        assertThat(priced.total().isZero()).isTrue();
    }

    @Test
    void failsWhenTheMenuNoLongerHasTheItemOrOption() {
        assertThatThrownBy(() -> CartPricing.price(new Cart(List.of(line("calzone", 1))), menu))
                .isInstanceOf(UnknownItem.class);
        assertThatThrownBy(() -> CartPricing.price(new Cart(List.of(line("pizza", 1, OptionChoice.of("topping", "tuna")))), menu))
                .isInstanceOf(UnknownOption.class);
    }
}
