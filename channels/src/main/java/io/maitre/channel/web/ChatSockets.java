package io.maitre.channel.web;

import io.maitre.channel.ConversationRef;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open chat sockets of this instance and the session each is attached to; a session may have several (tabs).
 * Sends go through {@link ConcurrentWebSocketSessionDecorator}, so turns and pushes may race safely.
 */
final class ChatSockets {

    private static final Logger log = LoggerFactory.getLogger(ChatSockets.class);
    private static final int SEND_TIME_LIMIT_MS = 10_000;
    private static final int SEND_BUFFER_LIMIT_BYTES = 512 * 1024;

    private final JsonMapper json;
    private final Map<String, Socket> byId = new ConcurrentHashMap<>();
    private final Map<String, Set<Socket>> bySession = new ConcurrentHashMap<>();

    ChatSockets(JsonMapper json) {
        this.json = json;
    }

    /** One open socket. */
    final class Socket {

        private final WebSocketSession session;
        private volatile ConversationRef attached;

        private Socket(WebSocketSession session) {
            this.session = new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MS,
                    SEND_BUFFER_LIMIT_BYTES);
        }

        ConversationRef attached() {
            return attached;
        }

        void send(Object frame) {
            if (!session.isOpen()) {
                return;
            }
            try {
                session.sendMessage(new TextMessage(json.writeValueAsString(frame)));
            } catch (IOException | RuntimeException e) {
                log.debug("Could not send to chat socket {}", session.getId(), e);
            }
        }
    }

    Socket opened(WebSocketSession session) {
        Socket socket = new Socket(session);
        byId.put(session.getId(), socket);
        return socket;
    }

    Socket get(WebSocketSession session) {
        return byId.get(session.getId());
    }

    void attach(Socket socket, ConversationRef conversation) {
        detach(socket);
        socket.attached = conversation;
        bySession.computeIfAbsent(conversation.id(), id -> ConcurrentHashMap.newKeySet()).add(socket);
        if (!socket.session.isOpen()) {
            detach(socket);
        }
    }

    void closed(WebSocketSession session) {
        Socket socket = byId.remove(session.getId());
        if (socket != null) {
            detach(socket);
        }
    }

    /** The sockets attached to a session, on this instance. */
    List<Socket> attachedTo(ConversationRef conversation) {
        Set<Socket> sockets = bySession.get(conversation.id());
        return sockets == null ? List.of() : List.copyOf(sockets);
    }

    private void detach(Socket socket) {
        ConversationRef previous = socket.attached;
        if (previous == null) {
            return;
        }
        socket.attached = null;
        bySession.computeIfPresent(previous.id(), (id, sockets) -> {
            sockets.remove(socket);
            return sockets.isEmpty() ? null : sockets;
        });
    }
}
