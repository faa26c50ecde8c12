package io.maitre.bench;

import io.maitre.channel.twilio.TwilioSignature;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * SMS load: N customers each text a whole order (a pizza and two cokes, "1" for that's all, pickup, as soon as
 * possible, a name, yes) to the demo outlet's number through the signed SMS webhook of a running service, again and
 * again from a new number each time, with a think time between texts drawn uniformly from half to one and a half
 * times the given one. Prints the webhook latency as seen on loopback (an upper bound of the server-side time),
 * overall and per text; a reply without a {@code <Message>} or without the order number at the end counts as a
 * failure.
 *
 * <pre>
 * MAITRE_TWILIO_AUTH_TOKEN=bench-token ./maitre serve --port 8090 --maitre.twilio.sms.messages-per-minute=100000 \
 *     --management.metrics.distribution.percentiles.http.server.requests=0.5,0.99 &amp;
 * java -cp $CP io.maitre.bench.SmsLoadGenerator http://127.0.0.1:8090 bench-token 200 60 1000
 * </pre>
 *
 * Arguments: base URL (loopback only; also the URL signed, as the service has no public-base-url), auth token,
 * customers, seconds, think time in milliseconds.
 */
public final class SmsLoadGenerator {

    private static final String OUTLET_NUMBER = "+12125550142";
    private static final List<String> SCRIPT = List.of("a large pepperoni pizza and two cokes", "1", "pickup",
            "at 7pm", "Alex", "yes");

    private SmsLoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8090";
        String token = args.length > 1 ? args[1] : "bench-token";
        int customers = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        long thinkMillis = args.length > 4 ? Long.parseLong(args[4]) : 1000;
        Load.loopback(base);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4)).build();
        ConcurrentLinkedQueue<Long> turnNanos = new ConcurrentLinkedQueue<>();
        Map<String, ConcurrentLinkedQueue<Long>> byStep = new ConcurrentHashMap<>();
        AtomicInteger orders = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        Map<String, AtomicInteger> reasons = new ConcurrentHashMap<>();
        AtomicLong numbers = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000, 8_000_000));
        AtomicLong sids = new AtomicLong();
        // message ids must differ from every earlier run's: the service drops a repeated id as a retry
        String run = Long.toString(System.currentTimeMillis(), 36);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(customers);
        for (int c = 0; c < customers; c++) {
            pool.submit(() -> {
                Thread.sleep(ThreadLocalRandom.current().nextLong(thinkMillis + 1));
                while (System.nanoTime() < end) {
                    String from = String.format("+1555%07d", numbers.incrementAndGet() % 10_000_000);
                    boolean placed = false;
                    try {
                        for (String text : SCRIPT) {
                            if (System.nanoTime() >= end) {
                                return null;
                            }
                            Thread.sleep(thinkMillis / 2 + ThreadLocalRandom.current().nextLong(thinkMillis + 1));
                            Map<String, String> params = new LinkedHashMap<>();
                            params.put("From", from);
                            params.put("To", OUTLET_NUMBER);
                            params.put("Body", text);
                            params.put("MessageSid", String.format("SM%s%024d", run, sids.incrementAndGet()));
                            params.put("NumMedia", "0");
                            long start = System.nanoTime();
                            HttpResponse<String> reply = http.send(signed(base, token, params),
                                    HttpResponse.BodyHandlers.ofString());
                            long took = System.nanoTime() - start;
                            turnNanos.add(took);
                            byStep.computeIfAbsent(text, k -> new ConcurrentLinkedQueue<>()).add(took);
                            if (reply.statusCode() != 200 || !reply.body().contains("<Message>")) {
                                reasons.computeIfAbsent("HTTP " + reply.statusCode() + " after \"" + text + "\"",
                                        k -> new AtomicInteger()).incrementAndGet();
                                break;
                            }
                            placed = reply.body().contains("order number is");
                        }
                        if (placed) {
                            orders.incrementAndGet();
                        } else {
                            failures.incrementAndGet();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return null;
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        reasons.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger())
                                .incrementAndGet();
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
                "customers=%d seconds=%d think=%dms webhooks=%d (%.1f/s) orders=%d failures=%d%n"
                        + "webhook latency ms: p50=%.2f p90=%.2f p99=%.2f max=%.2f%n",
                customers, seconds, thinkMillis, sorted.size(), sorted.size() / (double) seconds, orders.get(),
                failures.get(), Load.ms(sorted, 0.50), Load.ms(sorted, 0.90), Load.ms(sorted, 0.99),
                Load.ms(sorted, 1.0));
        Load.printSteps(SCRIPT, byStep);
        reasons.forEach((reason, count) -> System.out.printf(Locale.ROOT, "  failed: %s x%d%n", reason, count.get()));
        System.exit(0);
    }

    private static HttpRequest signed(String base, String token, Map<String, String> params) {
        String form = params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(base + "/twilio/sms")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(TwilioSignature.HEADER, TwilioSignature.sign(token, base + "/twilio/sms", params))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }
}
