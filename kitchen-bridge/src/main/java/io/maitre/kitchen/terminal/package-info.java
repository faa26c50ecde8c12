/** The reference kitchen terminal: a reconnecting client of the Kitchen service and a screen for cooks. */
package io.maitre.kitchen.terminal;
