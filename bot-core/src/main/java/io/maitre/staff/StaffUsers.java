package io.maitre.staff;

import java.util.List;
import java.util.Optional;

/** Where staff users and their BCrypt password hashes are kept. */
public interface StaffUsers {

    Optional<StaffMember> find(String username);

    /** The stored BCrypt hash, for sign-in. */
    Optional<String> passwordHash(String username);

    List<StaffMember> all();

    boolean any();

    /** @throws UsernameTaken when the name is in use */
    void create(StaffMember member, String passwordHash);

    /** Changes role, outlets and enabled; and the password when {@code passwordHash} is not null. */
    void update(StaffMember member, String passwordHash);
}
