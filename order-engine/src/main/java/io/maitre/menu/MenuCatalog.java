package io.maitre.menu;

import java.util.List;
import java.util.Optional;

/** The menus of every outlet this service takes orders for. */
public interface MenuCatalog {

    /** The menu of the outlet with this id, if it exists. */
    Optional<Menu> menu(String outletId);

    /** All menus, in a stable order (by outlet id). */
    List<Menu> menus();
}
