package io.maitre.channel.twilio;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Runs the Twilio channels alone, with a scripted bot and in-memory ports in place of bot-core. */
@SpringBootApplication
class TwilioTestApplication {

    @Bean
    ScriptedBot scriptedBot() {
        return new ScriptedBot();
    }

    @Bean
    Fakes.Outlets outlets() {
        return new Fakes.Outlets();
    }

    @Bean
    Fakes.Store store() {
        return new Fakes.Store();
    }

    @Bean
    Fakes.OptOuts optOuts() {
        return new Fakes.OptOuts();
    }

    @Bean
    Fakes.Deliveries deliveries() {
        return new Fakes.Deliveries();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
