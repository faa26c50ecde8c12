package io.maitre;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Spring Boot application: every module's components under {@code io.maitre}. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class MaitreApplication {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
