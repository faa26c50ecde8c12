package io.maitre.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.cart.Cart;
import io.maitre.cart.CartEditor;
import io.maitre.cart.CartPricing;
import io.maitre.cart.ItemSelection;
import io.maitre.cart.OptionChoice;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How lines read in replies, on the demo menu. */
class PhrasingTest {

    private final CartEditor editor = new CartEditor(DialogueFixture.MENU);

    @Test
    void aSizeBeforeTheNameAndOptionsAfterIt() {
        assertThat(line(new ItemSelection("pizza", 2, List.of(OptionChoice.of("size", "large"),
                OptionChoice.of("topping", "pepperoni")), null))).isEqualTo("2 large pizzas with pepperoni");
    }

    @Test
    void aSizeThatIsACountIsAnOrderOfIt() {
        assertThat(line(new ItemSelection("wings", 1, List.of(OptionChoice.of("size", "12_piece"),
                OptionChoice.of("flavor", "buffalo")), null)))
                .isEqualTo("1 order of 12 piece chicken wings with buffalo");
        assertThat(line(new ItemSelection("wings", 2, List.of(OptionChoice.of("size", "6_piece"),
                OptionChoice.of("flavor", "buffalo")), null)))
                .isEqualTo("2 orders of 6 piece chicken wings with buffalo");
    }

    private String line(ItemSelection selection) {
        Cart cart = editor.add(Cart.empty(), selection);
        return Phrasing.line(CartPricing.price(cart, DialogueFixture.MENU).lines().get(0));
    }
}
