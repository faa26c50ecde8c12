package io.maitre.staff;

/** An admin tried to create a user whose name is already in use. */
public class UsernameTaken extends RuntimeException {

    public UsernameTaken(String username) {
        super("There is already a user named " + username + ".");
    }
}
