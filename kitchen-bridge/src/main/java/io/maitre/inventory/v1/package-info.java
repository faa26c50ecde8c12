/** Generated from maitre/inventory/v1/inventory.proto: the Inventory service and its messages. */
package io.maitre.inventory.v1;
