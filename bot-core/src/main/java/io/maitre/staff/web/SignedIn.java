package io.maitre.staff.web;

import io.maitre.staff.StaffMember;
import io.maitre.staff.StaffUsers;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The member of staff behind the current request, as stored now (a role or outlet change applies at once). */
@Component
class SignedIn {

    private final StaffUsers users;

    SignedIn(StaffUsers users) {
        this.users = users;
    }

    StaffMember member() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return member(auth == null ? null : auth.getName());
    }

    StaffMember member(String username) {
        return (username == null ? java.util.Optional.<StaffMember>empty() : users.find(username))
                .filter(StaffMember::enabled)
                .orElseThrow(() -> new InsufficientAuthenticationException("No enabled staff user is signed in."));
    }
}
