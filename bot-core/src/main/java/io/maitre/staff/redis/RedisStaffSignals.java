package io.maitre.staff.redis;

import io.maitre.staff.SignalDelivery;
import io.maitre.staff.StaffSignal;
import io.maitre.staff.StaffSignals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Production mode: a console or a customer's socket may be on any instance, so staff signals are published on a
 * Redis channel and every instance delivers them to its own sockets.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "maitre.conversations.store", havingValue = "redis")
class RedisStaffSignals {

    static final ChannelTopic TOPIC = new ChannelTopic("maitre:staff-signals");
    private static final Logger log = LoggerFactory.getLogger(RedisStaffSignals.class);

    @Bean
    StaffSignals staffSignals(StringRedisTemplate redis, JsonMapper json) {
        return signal -> redis.convertAndSend(TOPIC.getTopic(), json.writeValueAsString(signal));
    }

    @Bean
    RedisMessageListenerContainer staffSignalListener(RedisConnectionFactory connections, JsonMapper json,
            SignalDelivery delivery) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(connections);
        MessageListener listener = (message, pattern) -> {
            try {
                delivery.deliver(json.readValue(message.getBody(), StaffSignal.class));
            } catch (RuntimeException e) {
                log.warn("Dropped an unreadable staff signal", e);
            }
        };
        container.addMessageListener(listener, TOPIC);
        return container;
    }
}
