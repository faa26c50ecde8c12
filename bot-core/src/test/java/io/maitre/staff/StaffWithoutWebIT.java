package io.maitre.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.MaitreApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.web.SecurityFilterChain;

/** The command line's chat runs the application without HTTP: the staff parts must not need it. */
class StaffWithoutWebIT {

    @Test
    void theApplicationStartsWithoutAWebServerAndCreatesTheFirstAdmin() {
        SpringApplication app = new SpringApplication(MaitreApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = app.run("--maitre.kitchen.enabled=false",
                "--maitre.kitchen.grpc.enabled=false", "--maitre.kitchen.relay.enabled=false",
                "--maitre.staff.admin.username=ana", "--maitre.staff.admin.password=s3cret-s3cret")) {
            assertThat(context.getBeansOfType(SecurityFilterChain.class)).isEmpty();
            assertThat(context.getBean(StaffUsers.class).find("ana")).hasValueSatisfying(
                    member -> assertThat(member.role()).isEqualTo(Role.ADMIN));
        }
    }
}
