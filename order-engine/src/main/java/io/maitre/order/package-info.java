/** Orders: placement from a cart, the order lifecycle, order numbers, events and the outbox. */
package io.maitre.order;
