package io.maitre.kitchen.terminal;

import io.grpc.Status;
import io.maitre.kitchen.v1.Ticket;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The reference kitchen terminal, {@code ./maitre kitchen-terminal --outlet demo --station all
 * [--target host:port] [--terminal-id ID] [--json]}: a screen listing open tickets with their age,
 * bumped with keys; or, with {@code --json}, one JSON line per ticket on standard output (each is
 * acknowledged once printed) until the process is stopped.
 */
public final class KitchenTerminal {

    private static final String USAGE = """
            usage: kitchen-terminal [--outlet ID] [--station NAME] [--target HOST:PORT] [--terminal-id ID] [--json]
              --outlet ID        outlet to show (default demo)
              --station NAME     oven, drinks, prep, or all / expo for every line (default all)
              --target HOST:PORT Maitre's kitchen server (default localhost:9090)
              --terminal-id ID   stable name of this screen (default HOST-STATION)
              --json             print each ticket as one JSON line instead of the screen""";

    private KitchenTerminal() {
    }

    public static void run(String[] args) throws IOException, InterruptedException {
        String outlet = "demo";
        String station = "all";
        String target = "localhost:9090";
        String terminalId = null;
        boolean json = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--outlet" -> outlet = value(args, ++i);
                case "--station" -> station = value(args, ++i);
                case "--target" -> target = value(args, ++i);
                case "--terminal-id" -> terminalId = value(args, ++i);
                case "--json" -> json = true;
                case "-h", "--help" -> {
                    System.out.println(USAGE);
                    return;
                }
                default -> throw new IllegalArgumentException("Unknown argument '" + args[i] + "'\n" + USAGE);
            }
        }
        if (terminalId == null) {
            terminalId = hostName() + "-" + station;
        }
        if (json) {
            runJson(target, outlet, station, terminalId);
        } else {
            runScreen(target, outlet, station, terminalId);
        }
    }

    private static void runJson(String target, String outlet, String station, String terminalId)
            throws InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        TerminalClient client = new TerminalClient(target, outlet, station, terminalId, new TerminalClient.Listener() {
            @Override
            public void ticket(Ticket ticket) {
                out.println(TicketJson.of(ticket));
            }

            @Override
            public void disconnected(Status status) {
                System.err.println("kitchen-terminal: disconnected (" + status.getCode()
                        + (status.getDescription() == null ? "" : ": " + status.getDescription()) + "), reconnecting");
            }
        });
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            closeQuietly(client);
            stopped.countDown();
        }, "kitchen-terminal-stop"));
        client.start();
        stopped.await();
    }

    private static void runScreen(String target, String outlet, String station, String terminalId)
            throws IOException, InterruptedException {
        TerminalScreen screen = new TerminalScreen(System.out,
                "Maitre kitchen - outlet " + outlet + ", station " + station + " (" + target + ")");
        TerminalClient client = new TerminalClient(target, outlet, station, terminalId, screen);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kitchen-terminal-clock");
            thread.setDaemon(true);
            return thread;
        });
        boolean raw = RawMode.enter();
        try {
            client.start();
            screen.draw();
            ticker.scheduleAtFixedRate(screen::draw, 1, 1, TimeUnit.SECONDS);
            InputStream keys = System.in;
            int key;
            while ((key = keys.read()) != -1) {
                if (key == 27) {
                    continue;
                }
                if (key != '[' && !screen.key((char) key, client)) {
                    break;
                }
            }
        } finally {
            ticker.shutdownNow();
            client.close();
            if (raw) {
                RawMode.leave();
            }
            System.out.println();
        }
    }

    private static void closeQuietly(TerminalClient client) {
        try {
            client.close();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException unknown) {
            return "terminal";
        }
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a value\n" + USAGE);
        }
        return args[index];
    }

    /** Single keys without Enter, through stty on the controlling terminal; without one, keys come by line. */
    private static final class RawMode {

        private RawMode() {
        }

        static boolean enter() {
            return System.console() != null && stty("-icanon", "min", "1", "-echo");
        }

        static void leave() {
            stty("icanon", "echo");
        }

        private static boolean stty(String... settings) {
            String[] command = new String[settings.length + 1];
            command[0] = "stty";
            System.arraycopy(settings, 0, command, 1, settings.length);
            try {
                Process stty = new ProcessBuilder(command)
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/tty")))
                        .start();
                return stty.waitFor() == 0;
            } catch (IOException unavailable) {
                return false;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
