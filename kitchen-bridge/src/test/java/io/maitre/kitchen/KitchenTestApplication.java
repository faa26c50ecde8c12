package io.maitre.kitchen;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;

/** The kitchen bridge with order-engine, as bot-core assembles them, for Spring-based tests. */
@SpringBootApplication(scanBasePackages = "io.maitre")
@EntityScan("io.maitre")
public class KitchenTestApplication {

    /** Monday 23 November 2026, 6:00 pm in New York: the demo pizzeria is open, with the evening ahead. */
    static final Instant OPEN = Instant.parse("2026-11-23T23:00:00Z");

    public static void main(String[] args) {
        SpringApplication.run(KitchenTestApplication.class, args);
    }

    /**
     * A clock that starts while the demo outlet is open and runs on from there, so that orders for as soon as possible
     * can be placed whatever the time the tests run.
     */
    @Bean
    Clock openHoursClock() {
        return Clock.offset(Clock.systemUTC(), Duration.between(Clock.systemUTC().instant(), OPEN));
    }
}
