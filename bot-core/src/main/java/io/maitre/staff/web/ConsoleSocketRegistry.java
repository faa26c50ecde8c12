package io.maitre.staff.web;

import io.maitre.staff.ConsoleSockets;
import io.maitre.staff.StaffMember;
import io.maitre.staff.StaffSignal;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The consoles connected to this instance, each with the member who opened it. A signal about an outlet goes only
 * to members who serve it; the frame carries no customer text, so consoles fetch what they show over the API.
 */
@Component
class ConsoleSocketRegistry implements ConsoleSockets {

    private static final Logger log = LoggerFactory.getLogger(ConsoleSocketRegistry.class);

    private final Map<String, Console> open = new ConcurrentHashMap<>();
    private final JsonMapper json;

    ConsoleSocketRegistry(JsonMapper json) {
        this.json = json;
    }

    private record Console(WebSocketSession session, StaffMember member) {
    }

    /** The frame a console receives. */
    record Frame(String type, String conversationKey, String outletId, String reason) {
    }

    void opened(WebSocketSession session, StaffMember member) {
        open.put(session.getId(), new Console(new ConcurrentWebSocketSessionDecorator(session, 10_000, 512 * 1024),
                member));
    }

    void closed(WebSocketSession session) {
        open.remove(session.getId());
    }

    /**
     * The sign-in session ended (signed out, or expired): its consoles stop receiving anything. The page then finds
     * its session gone and goes to the sign-in form.
     */
    @EventListener
    void signInEnded(HttpSessionDestroyedEvent event) {
        for (Console console : open.values()) {
            Object httpSession = console.session().getAttributes()
                    .get(HttpSessionHandshakeInterceptor.HTTP_SESSION_ID_ATTR_NAME);
            if (event.getId().equals(httpSession)) {
                open.remove(console.session().getId());
                try {
                    console.session().close(CloseStatus.POLICY_VIOLATION.withReason("signed out"));
                } catch (IOException | RuntimeException e) {
                    log.debug("Could not close console socket {}", console.session().getId(), e);
                }
            }
        }
    }

    @Override
    public void broadcast(StaffSignal signal) {
        String frame = json.writeValueAsString(new Frame(signal.kind(), signal.conversationKey(), signal.outletId(),
                StaffSignal.HAND_OFF.equals(signal.kind()) ? signal.text() : null));
        for (Console console : open.values()) {
            if (signal.outletId() != null && !console.member().serves(signal.outletId())) {
                continue;
            }
            if (!console.session().isOpen()) {
                open.remove(console.session().getId());
                continue;
            }
            try {
                console.session().sendMessage(new TextMessage(frame));
            } catch (IOException | RuntimeException e) {
                log.debug("Could not send to console socket {}", console.session().getId(), e);
            }
        }
    }
}
