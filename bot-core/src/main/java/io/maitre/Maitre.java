package io.maitre;

import io.maitre.bot.MenuVocabularies;
import io.maitre.cli.ChatCommand;
import io.maitre.cli.FoodCommands;
import io.maitre.cli.NluCommand;
import io.maitre.cli.PhoneCommand;
import io.maitre.cli.PizzaCommands;
import io.maitre.inventory.reference.ReferenceInventory;
import io.maitre.kitchen.terminal.KitchenTerminal;
import io.maitre.menu.yaml.YamlMenuCatalog;
import io.maitre.nlu.dialogflow.AgentExport;
import java.nio.file.Path;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The command line (the README's command line): {@code serve}, {@code chat}, {@code nlu}, the benchmark adapters, {@code help}. */
public final class Maitre {

    private Maitre() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "serve" : args[0];
        String[] rest = args.length == 0 ? new String[0] : Arrays.copyOfRange(args, 1, args.length);
        if (command.equals("chat")) {
            System.setProperty("logback.configurationFile", "chat-logback.xml");
        } else if (!command.equals("serve")) {
            System.setProperty("logback.configurationFile", "cli-logback.xml");
        }
        switch (command) {
            case "serve" -> MaitreServer.run(springArgs(rest));
            case "chat" -> ChatCommand.run(springArgs(rest));
            case "nlu" -> NluCommand.run(System.in, System.out);
            case "pizza-exr" -> PizzaCommands.demo().exr(System.in, System.out);
            case "eval-pizza" -> evalPizza(rest);
            case "food-exr" -> food(rest, "Usage: ./maitre food-exr --outlet ID").exr(System.in, System.out);
            case "eval-food" -> evalFood(rest);
            case "export-dialogflow" -> System.exit(AgentExport.run(rest,
                    new MenuVocabularies(YamlMenuCatalog.fromClasspath()).vocabulary("demo").orElseThrow(),
                    System.out, System.err));
            case "sms", "call" -> {
                int status = PhoneCommand.run(command, rest, System.in, System.out, System.err);
                if (status != 0) {
                    System.exit(status);
                }
            }
            case "kitchen-terminal" -> KitchenTerminal.run(rest);
            case "inventory-server" -> ReferenceInventory.run(rest);
            case "train", "evaluate" -> {
                System.err.println("maitre: '" + command + "' runs the trainer, which is not part of the service: "
                        + "run ./maitre " + command + " from the repository");
                System.exit(2);
            }
            case "help", "--help", "-h" -> usage(System.out);
            default -> {
                System.err.println("maitre: unknown command '" + command + "'");
                usage(System.err);
                System.exit(2);
            }
        }
    }

    private static void evalPizza(String[] args) throws Exception {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        String file = Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst().orElse(null);
        if (file == null) {
            System.err.println("Usage: ./maitre eval-pizza FILE [--verbose]   (a PIZZA json-lines file)");
            System.exit(2);
        }
        int status = PizzaCommands.demo().eval(Path.of(file), verbose, System.out);
        if (status != 0) {
            System.exit(status);
        }
    }

    private static FoodCommands food(String[] args, String usage) {
        List<String> list = Arrays.asList(args);
        int at = list.indexOf("--outlet");
        String outlet = at >= 0 && at + 1 < args.length ? args[at + 1] : null;
        if (outlet == null) {
            System.err.println(usage);
            System.exit(2);
        }
        return FoodCommands.of(outlet).orElseGet(() -> {
            System.err.println("maitre: no outlet '" + outlet + "' (the menus are burger, burrito, coffee, sub, demo)");
            System.exit(2);
            return null;
        });
    }

    private static void evalFood(String[] args) throws Exception {
        String usage = "Usage: ./maitre eval-food --outlet ID CATALOG_DIR FILE [--verbose]"
                + "   (the venue's catalog directory, with schema.json and alias/, and a json-lines file)";
        FoodCommands food = food(args, usage);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--outlet")) {
                i++;
            } else if (!args[i].startsWith("--")) {
                paths.add(args[i]);
            }
        }
        if (paths.size() != 2) {
            System.err.println(usage);
            System.exit(2);
        }
        int status = food.eval(Path.of(paths.get(0)), Path.of(paths.get(1)), Arrays.asList(args).contains("--verbose"),
                System.out);
        if (status != 0) {
            System.exit(status);
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
                  chat [--shared-db] talk to the bot in this terminal (its orders in a database of its own,
                                     or with --shared-db in the one serve uses)
                  nlu                read utterances (one a line) on stdin, write one JSON interpretation a line
                  pizza-exr          read utterances on stdin, write one PIZZA EXR tree a line
                  eval-pizza FILE    unordered exact match of pizza-exr on a PIZZA json-lines file [--verbose]
                  food-exr --outlet ID   read utterances, write one FoodOrdering EXR forest a line for that outlet
                  eval-food --outlet ID CATALOG_DIR FILE   unordered exact match of food-exr on a json-lines file
                                     (gold EXR, or TOP-Alias read with the venue's catalogs in CATALOG_DIR) [--verbose]
                  export-dialogflow DIR   write DIR/maitre-agent.zip, a Dialogflow ES agent to import
                  sms, call          play a texter or a caller against a running service through signed Twilio
                                     webhooks: [--url URL] [--token TOKEN] [--from +1555...] (docs/twilio.md)
                  kitchen-terminal   a kitchen terminal: --outlet demo --station all [--target host:port] [--json]
                  inventory-server   the reference inventory service: [--port N] [--stock FILE]
                  train              retrain the shipped models from the corpus (nlp-models), with a summary
                  evaluate           the understanding experiments (ablations, algorithms, cross-validation)
                  help               this text
                """);
    }
}
