package io.maitre.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsTwoDecimalsRoundingHalfUp() {
        assertThat(Money.of("1.005", "USD").amount()).isEqualByComparingTo("1.01");
        assertThat(Money.of("1.004", "USD").amount()).isEqualByComparingTo("1.00");
        assertThat(Money.of("3", "USD")).hasToString("3.00");
    }

    @Test
    void usesTheMinorUnitOfTheCurrency() {
        assertThat(Money.of("120.6", "JPY")).hasToString("121");
    }

    @Test
    void addsAndMultiplies() {
        Money price = Money.of("2.25", "USD");

        assertThat(price.plus(Money.of("0.80", "USD"))).isEqualTo(Money.of("3.05", "USD"));
        assertThat(price.times(3)).isEqualTo(Money.of("6.75", "USD"));
        assertThat(Money.of("20.00", "USD").times(new BigDecimal("0.08875"))).isEqualTo(Money.of("1.78", "USD"));
    }

    @Test
    void equalAmountsAreEqualWhateverTheScaleGiven() {
        assertThat(Money.of("1.5", "USD")).isEqualTo(Money.of("1.50", "USD"));
        assertThat(Money.zero(TestMenus.USD).isZero()).isTrue();
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("USD").hasMessageContaining("EUR");
        assertThatThrownBy(() -> Money.of("1", "USD").compareTo(Money.of("1", "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ordersByAmount() {
        assertThat(Money.of("1.99", "USD")).isLessThan(Money.of("2.00", "USD"));
    }
}
