package io.maitre.menu;

/**
 * An outlet's menu was replaced while the service runs (its file was edited): new turns use the new menu, and
 * whatever was derived from the old one (the words understanding reads) must be derived again.
 *
 * @param outletId the outlet whose menu changed
 */
public record MenuChanged(OutletId outletId) {
}
