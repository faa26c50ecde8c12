package io.maitre.staff;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The staff console's settings ({@code maitre.staff}).
 *
 * @param admin the first admin, created on a start that finds no staff user at all
 * @param cannedReplies quick replies offered in the console per outlet id; the key {@code default} serves outlets
 *        without their own
 * @param allowedOrigins origins besides the console's own that may open the console WebSocket
 */
@ConfigurationProperties("maitre.staff")
public record StaffProperties(@DefaultValue Admin admin, Map<String, List<String>> cannedReplies,
        @DefaultValue List<String> allowedOrigins) {

    public StaffProperties {
        cannedReplies = cannedReplies == null ? Map.of() : Map.copyOf(cannedReplies);
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }

    /** The canned replies for an outlet. */
    public List<String> cannedReplies(String outletId) {
        List<String> own = cannedReplies.get(outletId);
        return own != null ? own : cannedReplies.getOrDefault("default", List.of());
    }

    /** The first admin's credentials ({@code MAITRE_STAFF_ADMIN_USERNAME} / {@code MAITRE_STAFF_ADMIN_PASSWORD}). */
    public record Admin(String username, String password) {

        public boolean configured() {
            return username != null && !username.isBlank() && password != null && !password.isBlank();
        }
    }
}
