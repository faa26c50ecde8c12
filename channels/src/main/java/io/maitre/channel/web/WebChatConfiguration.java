package io.maitre.channel.web;

import io.maitre.channel.MessageHandler;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Wires the web chat's use cases and the registry of its sockets. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebChatProperties.class)
class WebChatConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WebChatConfiguration.class);
    private static final int SHORT_SECRET = 32;

    @Bean
    SessionTokens webChatSessionTokens(WebChatProperties properties) {
        SecureRandom random = new SecureRandom();
        String configured = properties.tokenSecret();
        if (configured == null || configured.isBlank()) {
            log.warn("maitre.web.token-secret is not set: using a random secret for this process. Web chat tokens"
                    + " will not survive a restart and will not work across instances.");
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            return new SessionTokens(secret, random);
        }
        if (configured.length() < SHORT_SECRET) {
            log.warn("maitre.web.token-secret is shorter than {} characters; use a longer random secret.",
                    SHORT_SECRET);
        }
        return new SessionTokens(configured.getBytes(StandardCharsets.UTF_8), random);
    }

    @Bean
    ChatRateLimits webChatRateLimits(WebChatProperties properties) {
        return new ChatRateLimits(properties, System::nanoTime);
    }

    @Bean
    ChatRequests webChatRequests(JsonMapper jsonMapper) {
        return new ChatRequests(jsonMapper);
    }

    @Bean
    ChatSockets webChatSockets(JsonMapper jsonMapper) {
        return new ChatSockets(jsonMapper);
    }

    @Bean
    WebChat webChat(MessageHandler handler, SessionTokens tokens, ChatRateLimits limits,
            WebChatProperties properties) {
        return new WebChat(handler, tokens, limits, properties);
    }
}
