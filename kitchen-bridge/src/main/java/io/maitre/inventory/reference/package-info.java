/** The reference inventory service: stock from a file, reservations in memory, for demos and tests. */
package io.maitre.inventory.reference;
