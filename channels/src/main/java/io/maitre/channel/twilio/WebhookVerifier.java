package io.maitre.channel.twilio;

import com.twilio.security.RequestValidator;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Checks a webhook's signature with the Twilio SDK's {@link RequestValidator} against the URL Twilio called: the
 * configured public base URL (or the forwarded scheme and host, when trusted) plus the request's path and query.
 */
final class WebhookVerifier {

    private final TwilioProperties properties;
    private final RequestValidator validator;

    WebhookVerifier(TwilioProperties properties) {
        this.properties = properties;
        this.validator = properties.canVerify() ? new RequestValidator(properties.authToken()) : null;
    }

    /**
     * Reads and verifies a webhook.
     *
     * @throws TwilioSignatureRejected when the signature is missing or does not match
     */
    WebhookRequest verified(HttpServletRequest request) {
        WebhookRequest webhook = WebhookRequest.of(request);
        if (validator == null) {
            throw new TwilioSignatureRejected("Webhooks cannot be verified: maitre.twilio.auth-token is not set.");
        }
        if (webhook.signature() == null || webhook.signature().isBlank()) {
            throw new TwilioSignatureRejected("The request has no " + TwilioSignature.HEADER + " header.");
        }
        String url = baseUrl(request) + webhook.path();
        if (!validator.validate(url, webhook.parameters(), webhook.signature())) {
            throw new TwilioSignatureRejected("The " + TwilioSignature.HEADER + " header does not match the request.");
        }
        return webhook;
    }

    /** The public URL's scheme and authority, e.g. {@code https://pizza.example.com}. */
    String baseUrl(HttpServletRequest request) {
        if (properties.trustForwardedHeaders()) {
            String proto = firstValue(request.getHeader("X-Forwarded-Proto"));
            String host = firstValue(request.getHeader("X-Forwarded-Host"));
            if (proto != null && host != null) {
                return proto + "://" + host;
            }
        }
        if (properties.publicBaseUrl() != null) {
            return properties.publicBaseUrl();
        }
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length());
    }

    private static String firstValue(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        int comma = header.indexOf(',');
        return (comma < 0 ? header : header.substring(0, comma)).trim();
    }
}
