package io.maitre.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop saturation of a running service: as many customers as keep the cores busy send whole web chat orders
 * back to back with no think time, and, in the same run before and after each such phase, the same number of clients
 * call {@code /actuator/health}, the service's cheapest endpoint. Reports both rates and their ratio; the budget
 * (docs/benchmarks.md) is that chat turns reach at least half of the health rate.
 *
 * <pre>
 * ./maitre serve --port 8090 --maitre.kitchen.grpc.port=0 --maitre.kitchen.unclaimed-after=24h \
 *     --maitre.web.messages-per-minute=1000000 --maitre.web.sessions-per-minute=1000000 &amp;
 * java -cp bot-core/target/test-classes io.maitre.bench.SaturationBenchmark http://127.0.0.1:8090 16 15 6 300
 * </pre>
 *
 * No kitchen terminal takes the run's tickets, so with the default {@code unclaimed-after} of 5 minutes every order
 * of a long run would be flagged and handed to staff while it is measured.
 *
 * Arguments: base URL (loopback only), concurrent clients, seconds per phase, rounds of a turns phase followed by a
 * health phase (1 unless given), seconds of warm-up for each kind (as long as a phase unless given); each round's
 * ratio is to the mean of the health phases on either side of it, and the figure is the median round. The warm-up
 * matters: under saturation the JIT compiler competes with the requests for the cores, and the order path has far
 * more code to compile than health (docs/benchmarks.md). A sixth argument, the service's process id on this Linux
 * host, adds to each phase the CPU time the service and this generator spent per request (read from {@code /proc}),
 * which tells where the ratio comes from.
 */
public final class SaturationBenchmark {

    private static final List<String> ORDER = List.of("a large pepperoni pizza and two cokes", "that's all",
            "pickup", "at 7pm", "Alex", "555 123 4567", "yes");

    /** The service's {@code /proc} stat file, when its CPU time is to be reported. */
    private static Optional<Path> service = Optional.empty();

    private SaturationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8090";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        Load.loopback(base);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4)).build();
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : seconds;
        service = args.length > 5 ? Optional.of(Path.of("/proc", args[5], "stat")) : Optional.empty();
        run("warm-up: whole orders", clients, warmUp, () -> order(http, base));
        run("warm-up: health", clients, warmUp, () -> health(http, base));
        // Health phases before and after each turns phase, so that the machine's speed, which may drift during a
        // run (a shared host), is the same for both rates; several short rounds average the drift out.
        Result health = run("health", clients, seconds, () -> health(http, base));
        List<Double> ratios = new ArrayList<>();
        List<Long> latencies = new ArrayList<>();
        double turnRate = 0;
        double healthRate = 0;
        long count = 0;
        long failures = 0;
        for (int round = 1; round <= rounds; round++) {
            Result turns = run("chat turns, whole orders", clients, seconds, () -> order(http, base));
            Result after = run("health", clients, seconds, () -> health(http, base));
            double around = (health.perSecond() + after.perSecond()) / 2;
            ratios.add(turns.perSecond() / around);
            turnRate += turns.perSecond() / rounds;
            healthRate += around / rounds;
            count += turns.count();
            failures += turns.failures();
            latencies.addAll(turns.sorted());
            health = after;
        }
        latencies.sort(null);
        List<Double> sortedRatios = ratios.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "%nclients=%d seconds=%d rounds=%d%n"
                + "health:     %.0f requests/s (mean of the phases around each turns phase)%n"
                + "warm-up:    %d s of each kind%n"
                + "chat turns: %.0f turns/s (%d turns, %d orders, %d failures), p50=%.1f ms p99=%.1f ms%n"
                + "ratio:      %.2f of the health rate (median of rounds %s; budget: at least 0.50)%n",
                clients, seconds, rounds, healthRate, warmUp, turnRate, count, count / (ORDER.size() + 1), failures,
                Load.ms(latencies, 0.5), Load.ms(latencies, 0.99), sortedRatios.get(sortedRatios.size() / 2),
                ratios.stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).toList());
        System.exit(0);
    }

    /** User and system CPU time of the service process so far (Linux {@code /proc/PID/stat}, in clock ticks of 10 ms). */
    private static long serviceCpuNanos() {
        if (service.isEmpty()) {
            return 0;
        }
        try {
            String stat = Files.readString(service.get());
            // fields after the command name, which is in parentheses and may hold spaces: utime and stime are 12 and 13
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TimeUnit.MILLISECONDS.toNanos(10);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long selfCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** One unit of work: the latencies of its requests in nanoseconds; it throws when it failed. */
    private interface Work {
        List<Long> call() throws Exception;
    }

    private record Result(double perSecond, long count, long failures, List<Long> sorted) {
        double millis(double quantile) {
            return Load.ms(sorted, quantile);
        }
    }

    private static Result run(String name, int clients, int seconds, Work work) throws InterruptedException {
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicLong failures = new AtomicLong();
        long serviceBefore = serviceCpuNanos();
        long selfBefore = selfCpuNanos();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        latencies.addAll(work.call());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        sorted.sort(null);
        Result result = new Result(sorted.size() / elapsed, sorted.size(), failures.get(), sorted);
        System.out.printf(Locale.ROOT, "%-26s %8.0f/s  p50=%.2f ms  p99=%.2f ms  failures=%d", name,
                result.perSecond(), result.millis(0.5), result.millis(0.99), result.failures());
        if (service.isPresent() && !sorted.isEmpty()) {
            System.out.printf(Locale.ROOT, "  cpu per request: service %.3f ms, generator %.3f ms",
                    (serviceCpuNanos() - serviceBefore) / 1e6 / sorted.size(),
                    (selfCpuNanos() - selfBefore) / 1e6 / sorted.size());
        }
        System.out.println();
        return result;
    }

    private static List<Long> health(HttpClient http, String base) throws Exception {
        long start = System.nanoTime();
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("health answered " + response.statusCode());
        }
        return List.of(System.nanoTime() - start);
    }

    /** A whole order: the session and every turn of it, each a request counted as one turn. */
    private static List<Long> order(HttpClient http, String base) throws Exception {
        List<Long> took = new ArrayList<>(ORDER.size() + 1);
        long start = System.nanoTime();
        HttpResponse<String> session = http.send(Load.post(base + "/api/v1/chat/sessions", "{}", null),
                HttpResponse.BodyHandlers.ofString());
        took.add(System.nanoTime() - start);
        String id = Load.field(session.body(), "sessionId");
        String token = Load.field(session.body(), "token");
        String last = "";
        for (String text : ORDER) {
            start = System.nanoTime();
            HttpResponse<String> turn = http.send(Load.post(base + "/api/v1/chat/sessions/" + id + "/messages",
                    "{\"text\":\"" + text + "\"}", token), HttpResponse.BodyHandlers.ofString());
            if (turn.statusCode() != 200) {
                throw new IllegalStateException("turn answered " + turn.statusCode() + ": " + turn.body());
            }
            took.add(System.nanoTime() - start);
            last = turn.body();
        }
        if (!last.contains("\"orderId\"")) {
            throw new IllegalStateException("the order was not placed: " + last);
        }
        return took;
    }
}
