package io.maitre.channel.twilio;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.core5.http.Header;

/**
 * The Twilio SDK's HTTP client with two changes: it makes each request once, reporting 429 as
 * {@link TwilioThrottled} with the server's {@code Retry-After}, so that our Resilience4j retry decides about
 * retries; and it can send requests to another base URL than Twilio's (a stand-in API in tests).
 */
final class TwilioApiHttpClient extends NetworkHttpClient {

    private static final int TOO_MANY_REQUESTS = 429;
    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(1);

    private final String baseUrl;
    private final Clock clock;

    /** @param baseUrl scheme and authority to send requests to instead of Twilio's, or {@code null} */
    TwilioApiHttpClient(String baseUrl, Clock clock) {
        super(httpClient());
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    /**
     * The SDK's connection settings, without Apache HttpClient's own retries (which would sleep through any
     * {@code Retry-After}, however long, on the sending thread).
     */
    private static HttpClientBuilder httpClient() {
        PoolingHttpClientConnectionManager connections = new PoolingHttpClientConnectionManager();
        connections.setDefaultSocketConfig(DEFAULT_SOCKET_CONFIG);
        connections.setDefaultMaxPerRoute(20);
        connections.setMaxTotal(100);
        return HttpClientBuilder.create()
                .useSystemProperties()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(DEFAULT_REQUEST_CONFIG)
                .disableAutomaticRetries();
    }

    @Override
    public Response reliableRequest(Request request) {
        return makeRequest(request);
    }

    @Override
    public Response makeRequest(Request request) {
        Response response = super.makeRequest(baseUrl == null ? request : rebased(request));
        if (response.getStatusCode() == TOO_MANY_REQUESTS) {
            throw new TwilioThrottled(retryAfter(response));
        }
        return response;
    }

    private Request rebased(Request request) {
        URI original = URI.create(request.getUrl());
        Request copy = new Request(request.getMethod(), baseUrl + original.getRawPath());
        if (request.getUsername() != null) {
            copy.setAuth(request.getUsername(), request.getPassword());
        } else if (request.getAuthStrategy() != null) {
            copy.setAuth(request.getAuthStrategy());
        }
        copyAll(request.getQueryParams(), copy::addQueryParam);
        copyAll(request.getPostParams(), copy::addPostParam);
        copyAll(request.getHeaderParams(), copy::addHeaderParam);
        copy.setContentType(request.getContentType());
        copy.setBody(request.getBody());
        copy.setUserAgentExtensions(request.getUserAgentExtensions());
        return copy;
    }

    private static void copyAll(Map<String, List<String>> from, java.util.function.BiConsumer<String, String> to) {
        from.forEach((name, values) -> values.forEach(value -> to.accept(name, value)));
    }

    /** {@code Retry-After} in seconds or as an HTTP date; a second when absent or unreadable. */
    Duration retryAfter(Response response) {
        Header[] headers = response.getHeaders();
        if (headers == null) {
            return DEFAULT_WAIT;
        }
        for (Header header : headers) {
            if (!header.getName().equalsIgnoreCase("Retry-After") || header.getValue() == null) {
                continue;
            }
            String value = header.getValue().strip();
            try {
                return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
            } catch (NumberFormatException notSeconds) {
                try {
                    Duration until = Duration.between(clock.instant(),
                            ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                    return until.isNegative() ? Duration.ZERO : until;
                } catch (DateTimeParseException notADate) {
                    return DEFAULT_WAIT;
                }
            }
        }
        return DEFAULT_WAIT;
    }
}
