/** Stock for orders: the inventory service client, its resilience, and the local availability cache. */
package io.maitre.inventory;
