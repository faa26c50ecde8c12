package io.maitre.inventory.reference;

import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import io.maitre.inventory.v1.ItemAvailability;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A reference implementation of the {@code maitre.inventory.v1.Inventory} service: stock levels
 * from a file, reservations in memory. Maitre runs one in-process in embedded mode;
 * {@code ./maitre inventory-server} runs one on a port, with commands on standard input to mark
 * items sold out or restocked.
 */
public final class ReferenceInventory {

    private static final String USAGE = """
            usage: inventory-server [--port N] [--stock FILE] [--outlet ID]
              --port N     port to listen on (default 9091)
              --stock FILE stock levels: YAML 'outlet: {item: quantity}' or .properties 'outlet.item=quantity'
              --outlet ID  the outlet the commands below act on (default demo)
            commands on standard input:
              soldout ITEM        the item is sold out (stock 0)
              restock ITEM N      the item has N in stock
              stock               list tracked items
              quit                stop""";

    private final StockBook book;
    private final ReferenceInventoryService service;

    private ReferenceInventory(Map<String, Map<String, Integer>> stock) {
        this.book = new StockBook(stock);
        this.service = new ReferenceInventoryService(book);
    }

    /** Tracks no stock: every item is available until marked otherwise. */
    public static ReferenceInventory untracked() {
        return new ReferenceInventory(Map.of());
    }

    /** Stock levels from a YAML ({@code outlet: {item: quantity}}) or {@code .properties} file. */
    public static ReferenceInventory fromFile(Path file) {
        return new ReferenceInventory(StockFile.read(file));
    }

    /** Stock levels by outlet and item. */
    public static ReferenceInventory of(Map<String, Map<String, Integer>> stock) {
        return new ReferenceInventory(stock);
    }

    /** The gRPC service, to add to a server. */
    public BindableService service() {
        return service;
    }

    /** Sets an item's stock; 0 marks it sold out. Watchers are told at once. */
    public void setStock(String outletId, String itemId, int quantity) {
        book.set(outletId, itemId, quantity);
    }

    /** The stock on hand (not held by reservations) of every tracked item of the outlet. */
    public Map<String, Integer> stock(String outletId) {
        return book.snapshot(Set.of(outletId)).stream()
                .collect(Collectors.toMap(ItemAvailability::getItemId, ItemAvailability::getQuantity));
    }

    /** Serves the inventory over the network until the returned server is shut down. */
    public Server serve(String address, int port) throws IOException {
        return NettyServerBuilder.forAddress(new InetSocketAddress(address, port))
                .addService(service)
                .permitKeepAliveTime(10, TimeUnit.SECONDS)
                .permitKeepAliveWithoutCalls(true)
                .keepAliveTime(30, TimeUnit.SECONDS)
                .keepAliveTimeout(10, TimeUnit.SECONDS)
                .build()
                .start();
    }

    /** {@code ./maitre inventory-server [--port N] [--stock FILE] [--outlet ID]}; serves until 'quit' or the process is stopped. */
    public static void run(String[] args) throws IOException, InterruptedException {
        int port = 9091;
        Path stockFile = null;
        String outlet = "demo";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(value(args, ++i));
                case "--stock" -> stockFile = Path.of(value(args, ++i));
                case "--outlet" -> outlet = value(args, ++i);
                case "-h", "--help" -> {
                    System.out.println(USAGE);
                    return;
                }
                default -> throw new IllegalArgumentException("Unknown argument '" + args[i] + "'\n" + USAGE);
            }
        }
        ReferenceInventory inventory = stockFile == null ? untracked() : fromFile(stockFile);
        Server server = inventory.serve("0.0.0.0", port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "inventory-server-stop"));
        PrintStream out = System.out;
        out.println("inventory-server listening on port " + server.getPort() + " (outlet for commands: " + outlet
                + "); type 'soldout ITEM', 'restock ITEM N', 'stock' or 'quit'");
        boolean quit = false;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while (!quit && (line = in.readLine()) != null) {
                quit = !inventory.command(line.strip(), outlet, out);
            }
        }
        if (quit) {
            server.shutdown().awaitTermination(5, TimeUnit.SECONDS);
        } else {
            // Without a console (stdin closed) keep serving until the process is stopped.
            server.awaitTermination();
        }
    }

    /** Runs one console command; false to stop. */
    boolean command(String line, String outlet, PrintStream out) {
        List<String> words = line.isEmpty() ? List.of() : List.of(line.split("\\s+"));
        if (words.isEmpty()) {
            return true;
        }
        switch (words.get(0)) {
            case "soldout" -> {
                if (words.size() != 2) {
                    out.println("usage: soldout ITEM");
                } else {
                    setStock(outlet, words.get(1), 0);
                    out.println(words.get(1) + " is sold out");
                }
            }
            case "restock" -> {
                if (words.size() != 3 || !words.get(2).matches("\\d{1,9}")) {
                    out.println("usage: restock ITEM N");
                } else {
                    setStock(outlet, words.get(1), Integer.parseInt(words.get(2)));
                    out.println(words.get(1) + " has " + words.get(2) + " in stock");
                }
            }
            case "stock" -> stock(outlet).entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(entry -> out.println(entry.getKey() + " " + entry.getValue()));
            case "quit", "exit" -> {
                return false;
            }
            default -> out.println("unknown command '" + words.get(0) + "'; try soldout ITEM, restock ITEM N, stock, quit");
        }
        return true;
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a value\n" + USAGE);
        }
        return args[index];
    }
}
