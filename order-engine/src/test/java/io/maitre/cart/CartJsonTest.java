package io.maitre.cart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CartJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void roundTripsThroughJson() {
        Cart cart = new Cart(List.of(
                new CartLine(new LineId("0a1b2c3d"), "pizza", 2, List.of(OptionChoice.of("size", "large"),
                        new OptionChoice("topping", "olives", Qualifier.EXTRA),
                        new OptionChoice("topping", "ham", Qualifier.NONE)), "well done"),
                new CartLine(new LineId("ffee0011"), "coke", 1, List.of(OptionChoice.of("size", "medium")), null)));

        String text = json.writeValueAsString(cart);

        assertThat(json.readValue(text, Cart.class)).isEqualTo(cart);
        assertThat(text).contains("\"id\":\"0a1b2c3d\"").contains("\"qualifier\":\"extra\"")
                .doesNotContain("empty").doesNotContain("itemCount");
    }

    @Test
    void readsAnEmptyCart() {
        assertThat(json.readValue("{\"lines\":[]}", Cart.class)).isEqualTo(Cart.empty());
        assertThat(json.readValue("{}", Cart.class).isEmpty()).isTrue();
    }
}
