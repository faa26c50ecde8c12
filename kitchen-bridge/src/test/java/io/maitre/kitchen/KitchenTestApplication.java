package io.maitre.kitchen;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

/** The kitchen bridge with order-engine, as bot-core assembles them, for Spring-based tests. */
@SpringBootApplication(scanBasePackages = "io.maitre")
@EntityScan("io.maitre")
public class KitchenTestApplication {

    public static void main(String[] args) {
        SpringApplication.run(KitchenTestApplication.class, args);
    }
}
