package io.maitre.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maitre.menu.OutletId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class OrderIdTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void isItsUuid() {
        UUID uuid = UUID.randomUUID();

        assertThat(OrderId.of(uuid.toString())).isEqualTo(new OrderId(uuid));
        assertThat(new OrderId(uuid)).hasToString(uuid.toString());
        assertThatThrownBy(() -> OrderId.of("42")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsAreJsonStrings() {
        OrderId orderId = OrderId.random();
        OutletId outletId = new OutletId("demo");

        assertThat(json.writeValueAsString(orderId)).isEqualTo("\"" + orderId + "\"");
        assertThat(json.readValue("\"" + orderId + "\"", OrderId.class)).isEqualTo(orderId);
        assertThat(json.writeValueAsString(outletId)).isEqualTo("\"demo\"");
        assertThat(json.readValue("\"demo\"", OutletId.class)).isEqualTo(outletId);
    }

    @Test
    void outletIdsAreNotBlank() {
        assertThatThrownBy(() -> new OutletId(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutletId(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
