package io.maitre.channel.web;

import io.maitre.channel.BotMessage;
import io.maitre.channel.Channel;
import io.maitre.channel.ConversationPush;
import io.maitre.channel.ConversationRef;
import io.maitre.channel.OrderView;
import org.springframework.stereotype.Component;

/**
 * Pushes order updates to every chat socket attached to the session on this instance. With several instances,
 * the caller must deliver the update to each of them (the socket may be on any).
 */
@Component
public class WebConversationPush implements ConversationPush {

    private final ChatSockets sockets;

    WebConversationPush(ChatSockets sockets) {
        this.sockets = sockets;
    }

    @Override
    public boolean supports(Channel channel) {
        return channel == Channel.WEB;
    }

    @Override
    public void orderUpdated(ConversationRef conversation, OrderView order, BotMessage message) {
        orderUpdated(conversation, order, message, false);
    }

    @Override
    public void orderUpdated(ConversationRef conversation, OrderView order, BotMessage message, boolean escalated) {
        ChatJson.OrderFrame frame = ChatJson.OrderFrame.of(order, message, escalated);
        for (ChatSockets.Socket socket : sockets.attachedTo(conversation)) {
            socket.send(frame);
        }
    }

    @Override
    public void said(ConversationRef conversation, String from, BotMessage message, boolean escalated) {
        ChatJson.SaidFrame frame = ChatJson.SaidFrame.of(from, message, escalated);
        for (ChatSockets.Socket socket : sockets.attachedTo(conversation)) {
            socket.send(frame);
        }
    }
}
