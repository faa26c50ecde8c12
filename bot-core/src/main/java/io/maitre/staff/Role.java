package io.maitre.staff;

/** What a signed-in member of staff may do: STAFF run conversations and orders, ADMIN also manage users. */
public enum Role {
    STAFF, ADMIN
}
