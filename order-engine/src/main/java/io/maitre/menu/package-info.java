/** The menu catalog of each outlet: items, option groups, prices, tax and time zone. */
package io.maitre.menu;
