/** Kitchen tickets: the outbox relay, routing to stations, delivery to terminals with acknowledgement, and bumps. */
package io.maitre.kitchen;
