package io.maitre.staff.web;

import io.maitre.staff.StaffProperties;
import java.security.Principal;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;

/**
 * The console's live socket at {@code /staff/ws}. The security chain lets only a signed-in member's handshake
 * through; the handshake's Origin must be the console's own or one of {@code maitre.staff.allowed-origins}. The
 * socket only tells consoles what changed; it accepts nothing from them, and it is closed when the member's
 * sign-in session ends (sign-out or expiry).
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSocketConfiguration implements WebSocketConfigurer {

    static final String PATH = "/staff/ws";

    private final ConsoleSocketRegistry registry;
    private final SignedIn signedIn;
    private final StaffProperties properties;

    ConsoleSocketConfiguration(ConsoleSocketRegistry registry, SignedIn signedIn, StaffProperties properties) {
        this.registry = registry;
        this.signedIn = signedIn;
        this.properties = properties;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry handlers) {
        handlers.addHandler(new Handler(), PATH)
                .addInterceptors(new HttpSessionHandshakeInterceptor())
                .setAllowedOrigins(properties.allowedOrigins().toArray(String[]::new));
    }

    private final class Handler extends TextWebSocketHandler {

        @Override
        public void afterConnectionEstablished(WebSocketSession session) throws Exception {
            Principal principal = session.getPrincipal();
            try {
                registry.opened(session, signedIn.member(principal == null ? null : principal.getName()));
            } catch (RuntimeException e) {
                session.close(CloseStatus.POLICY_VIOLATION);
            }
        }

        @Override
        public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
            registry.closed(session);
        }
    }
}
