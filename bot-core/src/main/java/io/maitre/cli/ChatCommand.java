package io.maitre.cli;

import io.maitre.MaitreApplication;
import io.maitre.channel.BotMessage;
import io.maitre.channel.ConversationRef;
import io.maitre.channel.MessageHandler;
import io.maitre.channel.TurnResult;
import io.maitre.channel.UserMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./maitre chat}: the same bot and order engine as the service, in this terminal. The terminal shows the
 * conversation and nothing else: logs go to a file ({@value #LOG_PROPERTY}, by default {@code maitre-chat.log} in
 * the temporary directory), and none of the service's background work runs (no kitchen server, outbox relay or
 * kitchen upkeep). Orders go to a database of its own that lives as long as the chat, unless
 * {@value #SHARED_DATABASE} asks for the one {@code ./maitre serve} uses.
 */
public final class ChatCommand {

    /** The option that places orders in the served database ({@code ./data}) instead of the chat's own. */
    static final String SHARED_DATABASE = "--shared-db";
    /** The system property that names the chat's log file. */
    static final String LOG_PROPERTY = "maitre.chat.log";

    private ChatCommand() {
    }

    public static void run(String[] args) throws Exception {
        SpringApplication app = new SpringApplication(MaitreApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        app.setRegisterShutdownHook(false);
        try (ConfigurableApplicationContext context = app.run(withChatDefaults(args))) {
            converse(context.getBean(MessageHandler.class), System.in, System.out);
        }
    }

    /**
     * Logs to a file, no kitchen, a database of its own unless shared, and the caller's options last, so they win.
     * Spring Boot sets logging up again when it starts, so the chat's logging is named to it as well as to logback.
     */
    static String[] withChatDefaults(String[] args) {
        List<String> all = new ArrayList<>(List.of("--logging.config=classpath:chat-logback.xml",
                "--maitre.kitchen.enabled=false",
                "--maitre.kitchen.grpc.enabled=false", "--maitre.kitchen.relay.enabled=false"));
        List<String> rest = new ArrayList<>(List.of(args));
        if (!rest.remove(SHARED_DATABASE)) {
            all.add("--spring.datasource.url=jdbc:h2:mem:maitre-chat;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                    + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
        }
        all.addAll(rest);
        return all.toArray(String[]::new);
    }

    static void converse(MessageHandler bot, InputStream input, PrintStream out) throws IOException {
        ConversationRef ref = ConversationRef.web("cli-" + UUID.randomUUID());
        print(bot.open(ref, null, Locale.ENGLISH), out);
        BufferedReader in = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
        out.print("> ");
        out.flush();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String text = line.strip();
            if (text.equals("/quit") || text.equals("/exit")) {
                break;
            }
            if (!text.isEmpty()) {
                TurnResult result = bot.handle(new UserMessage(ref, text, ref.channel(), Locale.ENGLISH));
                print(result, out);
            }
            out.print("> ");
            out.flush();
        }
        out.println();
    }

    private static void print(TurnResult result, PrintStream out) {
        for (BotMessage message : result.messages()) {
            out.println("maitre: " + message.text());
            if (!message.options().isEmpty()) {
                out.println("        [" + String.join("] [", message.options()) + "]");
            }
        }
        if (result.order() != null) {
            out.println("        (order " + result.order().number() + ", " + result.order().status() + ")");
        }
    }
}
