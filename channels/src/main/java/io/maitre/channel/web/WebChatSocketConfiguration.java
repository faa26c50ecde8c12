package io.maitre.channel.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/** Registers the chat WebSocket at {@code /ws/chat}; same-origin plus {@code maitre.web.allowed-origins}. */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class WebChatSocketConfiguration implements WebSocketConfigurer {

    static final String PATH = "/ws/chat";

    private final WebChat chat;
    private final ChatRequests requests;
    private final ChatSockets sockets;
    private final WebChatProperties properties;

    WebChatSocketConfiguration(WebChat chat, ChatRequests requests, ChatSockets sockets,
            WebChatProperties properties) {
        this.chat = chat;
        this.requests = requests;
        this.sockets = sockets;
        this.properties = properties;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(new ChatSocketHandler(chat, requests, sockets), PATH)
                .setAllowedOrigins(properties.allowedOrigins().toArray(String[]::new));
    }
}
