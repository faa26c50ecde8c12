package io.maitre.staff;

import java.util.List;
import java.util.Objects;

/**
 * A member of staff as the console knows them.
 *
 * @param username how they sign in, and how the console names them
 * @param role what they may do
 * @param enabled whether they may sign in
 * @param outlets the outlets they are assigned to; empty means every outlet
 */
public record StaffMember(String username, Role role, boolean enabled, List<String> outlets) {

    public StaffMember {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        outlets = outlets == null ? List.of() : List.copyOf(outlets);
    }

    /** Whether this member may see and act on the conversations and orders of an outlet. */
    public boolean serves(String outletId) {
        return role == Role.ADMIN || outlets.isEmpty() || outlets.contains(outletId);
    }
}
