package io.maitre.bench;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Web chat load: N customers each order a pizza and two cokes for pickup at 7pm (a time the demo pizzeria can keep
 * whenever the run happens) through the API of a
 * running service, again and again, for a fixed time, with a think time between messages drawn
 * uniformly from half to one and a half times the given one. Prints the latency of message turns
 * as seen on loopback (an upper bound of the server-side time), overall and per turn.
 *
 * <pre>
 * ./maitre serve --port 8080 --maitre.web.messages-per-minute=100000 --maitre.web.sessions-per-minute=100000 &amp;
 * ./mvnw -q -pl bot-core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.maitre.bench.ChatLoadGenerator -Dexec.args="http://127.0.0.1:8080 200 60 1000"
 * </pre>
 *
 * Arguments: base URL (loopback only), customers, seconds, think time in milliseconds.
 */
public final class ChatLoadGenerator {

    private static final List<String> SCRIPT = List.of("a large pepperoni pizza and two cokes", "that's all",
            "pickup", "at 7pm", "Alex", "555 123 4567", "yes");

    private ChatLoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int customers = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        long thinkMillis = args.length > 3 ? Long.parseLong(args[3]) : 1000;
        Load.loopback(base);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4)).build();
        ConcurrentLinkedQueue<Long> turnNanos = new ConcurrentLinkedQueue<>();
        Map<String, ConcurrentLinkedQueue<Long>> byStep = new ConcurrentHashMap<>();
        AtomicInteger orders = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(customers);
        for (int c = 0; c < customers; c++) {
            pool.submit(() -> {
                // Customers arrive spread out and type at their own pace; a fixed think time would keep
                // all of them in step and turn the load into bursts of 200 requests at once.
                Thread.sleep(ThreadLocalRandom.current().nextLong(thinkMillis + 1));
                while (System.nanoTime() < end) {
                    try {
                        HttpResponse<String> session = http.send(Load.post(base + "/api/v1/chat/sessions", "{}", null),
                                HttpResponse.BodyHandlers.ofString());
                        String id = Load.field(session.body(), "sessionId");
                        String token = Load.field(session.body(), "token");
                        for (String text : SCRIPT) {
                            if (System.nanoTime() >= end) {
                                return null;
                            }
                            Thread.sleep(thinkMillis / 2 + ThreadLocalRandom.current().nextLong(thinkMillis + 1));
                            long start = System.nanoTime();
                            HttpResponse<String> turn = http.send(Load.post(base + "/api/v1/chat/sessions/" + id
                                    + "/messages", "{\"text\":\"" + text + "\"}", token),
                                    HttpResponse.BodyHandlers.ofString());
                            long took = System.nanoTime() - start;
                            turnNanos.add(took);
                            byStep.computeIfAbsent(text, k -> new ConcurrentLinkedQueue<>()).add(took);
                            if (turn.statusCode() != 200) {
                                failures.incrementAndGet();
                                break;
                            }
                        }
                        orders.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return null;
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        List<Long> sorted = new ArrayList<>(turnNanos);
        sorted.sort(null);
        System.out.printf(Locale.ROOT,
                "customers=%d seconds=%d think=%dms turns=%d (%.1f/s) orders=%d failures=%d%n"
                        + "turn latency ms: p50=%.2f p90=%.2f p99=%.2f max=%.2f%n",
                customers, seconds, thinkMillis, sorted.size(), sorted.size() / (double) seconds, orders.get(),
                failures.get(), Load.ms(sorted, 0.50), Load.ms(sorted, 0.90), Load.ms(sorted, 0.99),
                Load.ms(sorted, 1.0));
        Load.printSteps(SCRIPT, byStep);
        System.exit(0);
    }
}
