package io.maitre.cart;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;

/**
 * The customer's cart: an immutable list of lines in the order they were added. Serializable to
 * and from JSON as {@code {"lines": [...]}}; change it with {@link CartEditor}.
 */
public record Cart(List<CartLine> lines) {

    private static final Cart EMPTY = new Cart(List.of());

    public Cart {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public static Cart empty() {
        return EMPTY;
    }

    @JsonIgnore
    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public Optional<CartLine> line(LineId id) {
        return lines.stream().filter(line -> line.id().equals(id)).findFirst();
    }

    /** The number of items, counting quantities: two pizzas and a coke are 3. */
    public int itemCount() {
        return lines.stream().mapToInt(CartLine::quantity).sum();
    }
}
