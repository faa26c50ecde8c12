package io.maitre.menu;

/** A menu definition breaks a rule (duplicate id, missing default, negative price...). */
public class InvalidMenu extends RuntimeException {

    public InvalidMenu(String message) {
        super(message);
    }

    public InvalidMenu(String message, Throwable cause) {
        super(message, cause);
    }
}
