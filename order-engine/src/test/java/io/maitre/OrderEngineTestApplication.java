package io.maitre;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot configuration that order-engine's slice tests start from. */
@SpringBootApplication
public class OrderEngineTestApplication {
}
