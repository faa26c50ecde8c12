package io.maitre.channel.twilio;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A webhook as Twilio signed it: the POST parameters (the form body only, not the query string) and the signature.
 *
 * @param path the request path with its query, as it appears after the public base URL
 * @param parameters the form body's parameters, first value of each
 * @param signature the {@code X-Twilio-Signature} header, or {@code null}
 * @param idempotencyToken the {@code I-Twilio-Idempotency-Token} header, or {@code null}
 */
record WebhookRequest(String path, Map<String, String> parameters, String signature, String idempotencyToken) {

    static final String IDEMPOTENCY_HEADER = "I-Twilio-Idempotency-Token";

    WebhookRequest {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** The named parameter, or {@code null} when absent. */
    String get(String name) {
        return parameters.get(name);
    }

    /** The named parameter, or {@link InvalidWebhook} when absent or blank. */
    String require(String name) {
        String value = parameters.get(name);
        if (value == null || value.isBlank()) {
            throw new InvalidWebhook("The webhook has no " + name + ".");
        }
        return value;
    }

    /**
     * Reads the servlet request. The servlet API merges query and body parameters, the query's values first; Twilio
     * signs only the body's, so the query's values are taken off again.
     */
    static WebhookRequest of(HttpServletRequest request) {
        Map<String, Integer> inQuery = queryCounts(request.getQueryString());
        Map<String, String> body = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            int skip = inQuery.getOrDefault(name, 0);
            if (values.length > skip) {
                body.put(name, values[skip]);
            }
        });
        String query = request.getQueryString();
        String path = request.getRequestURI() + (query == null ? "" : "?" + query);
        return new WebhookRequest(path, body, request.getHeader(TwilioSignature.HEADER),
                request.getHeader(IDEMPOTENCY_HEADER));
    }

    private static Map<String, Integer> queryCounts(String query) {
        Map<String, Integer> counts = new HashMap<>();
        if (query == null || query.isEmpty()) {
            return counts;
        }
        Arrays.stream(query.split("&")).filter(pair -> !pair.isEmpty()).forEach(pair -> {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            counts.merge(name, 1, Integer::sum);
        });
        return counts;
    }
}
