package io.maitre.order;

import io.maitre.cart.Qualifier;
import java.math.BigDecimal;

/** One option of an order line as it was priced at placement; stored as JSON in the line row. */
record LineOption(String group, String optionId, Qualifier qualifier, String name, BigDecimal surcharge) {
}
