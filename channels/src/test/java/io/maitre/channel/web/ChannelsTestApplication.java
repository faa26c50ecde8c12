package io.maitre.channel.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Runs the channels module alone, with a scripted bot in place of bot-core. */
@SpringBootApplication
class ChannelsTestApplication {

    @Bean
    FakeMessageHandler fakeMessageHandler() {
        return new FakeMessageHandler();
    }
}
