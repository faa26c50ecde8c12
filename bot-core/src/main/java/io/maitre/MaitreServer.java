package io.maitre;

import io.maitre.kitchen.grpc.KitchenServer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the web service and says where to find it. */
final class MaitreServer {

    private MaitreServer() {
    }

    static ConfigurableApplicationContext run(String[] args) {
        SpringApplication app = new SpringApplication(MaitreApplication.class);
        app.addListeners(new ReadyBanner());
        return app.run(args);
    }

    /**
     * A class, not a lambda: Spring cannot see a lambda's event type, so it would call one for every event the
     * context publishes (one per HTTP request) and swallow the {@code ClassCastException} each call throws.
     */
    static final class ReadyBanner implements ApplicationListener<ApplicationReadyEvent> {

        @Override
        public void onApplicationEvent(ApplicationReadyEvent ready) {
            String port = ready.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
            System.out.println();
            System.out.println("  Maitre is ready: open http://localhost:" + port + " and order.");
            ready.getApplicationContext().getBeanProvider(KitchenServer.class).ifAvailable(kitchen -> System.out
                    .println("  Kitchen screen: " + kitchen.connectHint("demo")));
            System.out.println();
        }
    }
}
