package io.maitre;

import io.maitre.cli.ChatCommand;
import io.maitre.cli.NluCommand;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The command line (DESIGN §4.4): {@code serve}, {@code chat}, {@code nlu}, {@code help}. */
public final class Maitre {

    private Maitre() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "serve" : args[0];
        String[] rest = args.length == 0 ? new String[0] : Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "serve" -> MaitreServer.run(springArgs(rest));
            case "chat" -> ChatCommand.run(springArgs(rest));
            case "nlu" -> NluCommand.run(System.in, System.out);
            case "help", "--help", "-h" -> usage(System.out);
            default -> {
                System.err.println("maitre: unknown command '" + command + "'");
                usage(System.err);
                System.exit(2);
            }
        }
    }

    /** Turns {@code --port N} into Spring's {@code --server.port=N}; passes everything else through. */
    static String[] springArgs(String[] args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if ("--port".equals(args[i]) && i + 1 < args.length) {
                out.add("--server.port=" + args[++i]);
            } else if (args[i].startsWith("--port=")) {
                out.add("--server.port=" + args[i].substring("--port=".length()));
            } else {
                out.add(args[i]);
            }
        }
        return out.toArray(String[]::new);
    }

    static void usage(PrintStream out) {
        out.println("""
                Usage: ./maitre <command> [options]

                Commands:
                  serve [--port N]   run the service (default port 8080); open http://localhost:8080 and order
                                     production mode: --spring.profiles.active=prod (MySQL, Redis; see README)
                  chat               talk to the bot in this terminal
                  nlu                read utterances (one a line) on stdin, write one JSON interpretation a line
                  help               this text
                """);
    }
}
