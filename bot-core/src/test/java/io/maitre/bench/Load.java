package io.maitre.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the load generators share: loopback only, web chat requests, and latencies in milliseconds. */
final class Load {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");
    private static final Pattern FIELD = Pattern.compile("\"(sessionId|token)\"\\s*:\\s*\"([^\"]+)\"");

    private Load() {
    }

    /** The base URL, refused unless it is this machine: the generators are no tool to load anyone else's service. */
    static URI loopback(String base) {
        URI uri = URI.create(base);
        if (!LOOPBACK.contains(uri.getHost())) {
            throw new IllegalArgumentException("Load goes to this machine only (loopback), not " + uri.getHost());
        }
        return uri;
    }

    /** A web chat API request with a JSON body, bearing the session's token when there is one. */
    static HttpRequest post(String url, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    /** The {@code sessionId} or {@code token} of a new web chat session's answer. */
    static String field(String json, String name) {
        Matcher m = FIELD.matcher(json);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2);
            }
        }
        throw new IllegalStateException("No " + name + " in " + json);
    }

    /** The quantile of latencies in nanoseconds, sorted, in milliseconds; NaN when there are none. */
    static double ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }

    /** One line a step of the script, with that step's latencies. */
    static void printSteps(List<String> script, Map<String, ? extends Collection<Long>> byStep) {
        for (String step : script) {
            Collection<Long> recorded = byStep.get(step);
            List<Long> times = recorded == null ? new ArrayList<>() : new ArrayList<>(recorded);
            times.sort(null);
            System.out.printf(Locale.ROOT, "  %-40s p50=%.2f p99=%.2f max=%.2f%n", step, ms(times, 0.5),
                    ms(times, 0.99), ms(times, 1.0));
        }
    }
}
