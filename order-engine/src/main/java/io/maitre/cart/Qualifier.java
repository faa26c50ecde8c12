package io.maitre.cart;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How much of an option the customer wants; a null qualifier means a plain choice. {@code NONE}
 * records an explicit "no olives" or "not thin crust". Serialized in lower case as in the web API.
 */
public enum Qualifier {
    @JsonProperty("extra") EXTRA,
    @JsonProperty("light") LIGHT,
    @JsonProperty("none") NONE
}
