package io.maitre.staff;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Staff users: the first admin from configuration on a start that finds none, and the admin's user management.
 * Passwords are kept only as BCrypt hashes.
 */
@Service
public class StaffAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,64}");
    private static final int MIN_PASSWORD = 8;

    private final StaffUsers users;
    private final PasswordEncoder passwords;
    private final StaffProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    StaffAccounts(StaffUsers users, PasswordEncoder passwords, StaffProperties properties, AuditLog audit,
            Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.any()) {
            return;
        }
        StaffProperties.Admin admin = properties.admin();
        if (admin == null || !admin.configured()) {
            log.warn("No staff user exists and no first admin is configured: set MAITRE_STAFF_ADMIN_USERNAME and "
                    + "MAITRE_STAFF_ADMIN_PASSWORD to sign in to the staff console");
            return;
        }
        users.create(new StaffMember(admin.username(), Role.ADMIN, true, List.of()), passwords.encode(admin.password()));
        log.info("Created the first staff admin {}", admin.username());
    }

    public List<StaffMember> all() {
        return users.all();
    }

    /** An admin creates a user. */
    public StaffMember create(StaffMember admin, StaffMember member, String password) {
        String name = username(member.username());
        requirePassword(password);
        StaffMember created = new StaffMember(name, member.role(), member.enabled(), member.outlets());
        users.create(created, passwords.encode(password));
        audit.record(new AuditLog.Entry(clock.instant(), admin.username(), AuditLog.Action.USER_CREATED, name,
                created.role() + " " + created.outlets()));
        return created;
    }

    /** An admin changes a user's role, outlets, enabled flag, and the password when one is given. */
    public StaffMember update(StaffMember admin, StaffMember member, String password) {
        StaffMember existing = users.find(member.username())
                .orElseThrow(() -> new InvalidStaffInput("There is no user named " + member.username() + "."));
        if (existing.username().equals(admin.username()) && (member.role() != Role.ADMIN || !member.enabled())) {
            throw new InvalidStaffInput("You cannot take away your own admin rights.");
        }
        if (password != null) {
            requirePassword(password);
        }
        users.update(member, password == null ? null : passwords.encode(password));
        audit.record(new AuditLog.Entry(clock.instant(), admin.username(), AuditLog.Action.USER_UPDATED,
                member.username(), member.role() + " " + member.outlets() + (member.enabled() ? "" : " disabled")
                        + (password == null ? "" : " new password")));
        return users.find(member.username()).orElseThrow();
    }

    private static String username(String name) {
        String clean = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(clean).matches()) {
            throw new InvalidStaffInput("A username is 2 to 64 of a-z, 0-9, dot, dash or underscore.");
        }
        return clean;
    }

    private static void requirePassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 72) {
            throw new InvalidStaffInput("A password is 8 to 72 characters.");
        }
    }
}
