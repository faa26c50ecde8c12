package io.maitre.staff.web;

import io.maitre.staff.AuditLog;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Writes each staff sign-in to the audit log. */
@Component
class SignInAudit {

    private final AuditLog audit;
    private final Clock clock;

    SignInAudit(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        audit.record(new AuditLog.Entry(clock.instant(), event.getAuthentication().getName(),
                AuditLog.Action.SIGNED_IN, null, null));
    }
}
