package io.maitre.cli;

import io.maitre.MaitreApplication;
import io.maitre.channel.BotMessage;
import io.maitre.channel.ConversationRef;
import io.maitre.channel.MessageHandler;
import io.maitre.channel.TurnResult;
import io.maitre.channel.UserMessage;
import java.io.BufferedReader;
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

/** {@code ./maitre chat}: the same bot and order engine as the service, in this terminal. */
public final class ChatCommand {

    private ChatCommand() {
    }

    public static void run(String[] args) throws Exception {
        SpringApplication app = new SpringApplication(MaitreApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(Banner.Mode.OFF);
        try (ConfigurableApplicationContext context = app.run(withChatDefaults(args))) {
            converse(context.getBean(MessageHandler.class), System.out);
        }
    }

    /**
     * Quiet logs, and no kitchen server or outbox relay of its own: a {@code serve} running beside
     * it on the same database owns those.
     */
    private static String[] withChatDefaults(String[] args) {
        List<String> all = new ArrayList<>(List.of("--logging.level.root=WARN", "--maitre.kitchen.grpc.enabled=false",
                "--maitre.kitchen.relay.enabled=false"));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    static void converse(MessageHandler bot, PrintStream out) throws Exception {
        ConversationRef ref = ConversationRef.web("cli-" + UUID.randomUUID());
        print(bot.open(ref, null, Locale.ENGLISH), out);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
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
