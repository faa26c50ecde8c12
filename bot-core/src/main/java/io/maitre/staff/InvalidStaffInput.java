package io.maitre.staff;

/** A console request with missing or malformed fields (400 at the edge). */
public class InvalidStaffInput extends RuntimeException {

    public InvalidStaffInput(String message) {
        super(message);
    }
}
