/** Loads outlet menus from YAML files on the classpath and in an optional external directory. */
package io.maitre.menu.yaml;
