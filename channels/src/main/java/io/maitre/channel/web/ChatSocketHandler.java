package io.maitre.channel.web;

import io.maitre.channel.ConversationRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * The chat WebSocket, {@code /ws/chat}. A client attaches with {@code {"type":"hello","sessionId","token"}},
 * sends with {@code {"type":"message","text"}} and receives {@code turn}, {@code order} and {@code error} frames
 * (see {@link ChatJson}). Messages go through the same checks and limits as the REST API.
 */
final class ChatSocketHandler extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(ChatSocketHandler.class);
    /** Well above the longest valid frame, so an over-long message gets an error frame, not a dropped socket. */
    private static final int MAX_FRAME_BYTES = ChatRequests.MAX_BODY_BYTES;

    private final WebChat chat;
    private final ChatRequests requests;
    private final ChatSockets sockets;

    ChatSocketHandler(WebChat chat, ChatRequests requests, ChatSockets sockets) {
        this.chat = chat;
        this.requests = requests;
        this.sockets = sockets;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        session.setTextMessageSizeLimit(MAX_FRAME_BYTES);
        sockets.opened(session);
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        ChatSockets.Socket socket = sockets.get(session);
        if (socket == null) {
            return;
        }
        try {
            ChatRequests.ClientFrame frame = requests.frame(message.getPayload());
            if (frame instanceof ChatRequests.Hello hello) {
                ConversationRef conversation = chat.authorize(hello.sessionId(), hello.token());
                sockets.attach(socket, conversation);
                socket.send(new ChatJson.AttachedFrame(conversation.id()));
            } else if (frame instanceof ChatRequests.Send send) {
                ConversationRef conversation = socket.attached();
                if (conversation == null) {
                    throw new CredentialsRejected("Send a hello frame with the session's token first.");
                }
                socket.send(ChatJson.TurnFrame.of(chat.send(conversation, send.text())));
            }
        } catch (RuntimeException failure) {
            ChatProblem problem = ChatProblem.from(failure);
            if (problem.kind() == ProblemKind.INTERNAL_ERROR) {
                log.error("Web chat socket {} failed", session.getId(), failure);
            }
            socket.send(ChatJson.ErrorFrame.of(problem));
        }
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        log.debug("Web chat socket {} transport error", session.getId(), exception);
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        sockets.closed(session);
    }
}
