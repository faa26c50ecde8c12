package io.maitre.staff.web;

import io.maitre.staff.AuditLog;
import io.maitre.staff.InvalidStaffInput;
import io.maitre.staff.Role;
import io.maitre.staff.StaffAccounts;
import io.maitre.staff.StaffMember;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admins manage staff users ({@code /staff/api/users}) and read the audit log; the security chain checks ADMIN. */
@RestController
class StaffUsersController {

    private final StaffAccounts accounts;
    private final AuditLog audit;
    private final SignedIn signedIn;

    StaffUsersController(StaffAccounts accounts, AuditLog audit, SignedIn signedIn) {
        this.accounts = accounts;
        this.audit = audit;
        this.signedIn = signedIn;
    }

    @GetMapping("/staff/api/users")
    List<StaffMember> users() {
        return accounts.all();
    }

    @PostMapping("/staff/api/users")
    @ResponseStatus(HttpStatus.CREATED)
    StaffMember create(@RequestBody UserRequest request) {
        return accounts.create(signedIn.member(), request.member(request.username()), request.password());
    }

    @PutMapping("/staff/api/users/{username}")
    StaffMember update(@PathVariable String username, @RequestBody UserRequest request) {
        return accounts.update(signedIn.member(), request.member(username), request.password());
    }

    @GetMapping("/staff/api/audit")
    List<AuditLog.Entry> audit() {
        return audit.latest(200);
    }

    /** A user as an admin writes it; {@code password} may be left out of an update. */
    record UserRequest(String username, String password, String role, List<String> outlets, Boolean enabled) {

        StaffMember member(String name) {
            Role parsed;
            try {
                parsed = Role.valueOf(role == null ? "STAFF" : role.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidStaffInput("A role is STAFF or ADMIN.");
            }
            if (name == null || name.isBlank()) {
                throw new InvalidStaffInput("A user needs a username.");
            }
            return new StaffMember(name, parsed, enabled == null || enabled, outlets);
        }
    }
}
