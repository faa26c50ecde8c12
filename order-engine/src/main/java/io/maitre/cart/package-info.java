/** The customer's cart: lines validated against the menu, editing rules and pricing. */
package io.maitre.cart;
