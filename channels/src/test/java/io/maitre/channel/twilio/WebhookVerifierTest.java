package io.maitre.channel.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class WebhookVerifierTest {

    private static final String TOKEN = "token-for-the-verifier-test";
    private static final Map<String, String> PARAMS = Map.of("From", "+15551230003", "Body", "hi");

    @Test
    void forwardedSchemeAndHostAreUsedOnlyWhenTrusted() {
        MockHttpServletRequest request = request("/twilio/sms", null);
        request.addHeader("X-Forwarded-Proto", "https");
        request.addHeader("X-Forwarded-Host", "edge.example.com");
        sign(request, "https://edge.example.com/twilio/sms");

        assertThat(verifier(true, null).verified(request).get("Body")).isEqualTo("hi");
        assertThatThrownBy(() -> verifier(false, "https://pizza.example.com").verified(request))
                .isInstanceOf(TwilioSignatureRejected.class);
    }

    @Test
    void theQueryStringIsPartOfTheSignedUrlButNotOfTheParameters() {
        MockHttpServletRequest request = request("/twilio/sms", "outlet=demo");
        request.addParameter("outlet", "demo");
        sign(request, "https://pizza.example.com/twilio/sms?outlet=demo");

        WebhookRequest webhook = verifier(false, "https://pizza.example.com/").verified(request);

        assertThat(webhook.parameters()).isEqualTo(PARAMS);
    }

    @Test
    void withoutATokenNothingIsAccepted() {
        MockHttpServletRequest request = request("/twilio/sms", null);
        sign(request, "http://localhost/twilio/sms");

        assertThatThrownBy(() -> new WebhookVerifier(properties(null, false, null)).verified(request))
                .isInstanceOf(TwilioSignatureRejected.class).hasMessageContaining("auth-token");
    }

    @Test
    void withoutAPublicUrlTheRequestsOwnUrlIsSigned() {
        MockHttpServletRequest request = request("/twilio/sms", null);
        sign(request, "http://localhost/twilio/sms");

        assertThat(verifier(false, null).verified(request).get("From")).isEqualTo("+15551230003");
    }

    private static MockHttpServletRequest request(String path, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setQueryString(query);
        PARAMS.forEach(request::addParameter);
        return request;
    }

    private static void sign(MockHttpServletRequest request, String url) {
        request.addHeader(TwilioSignature.HEADER, TwilioSignature.sign(TOKEN, url, PARAMS));
    }

    private static WebhookVerifier verifier(boolean trustForwarded, String publicBaseUrl) {
        return new WebhookVerifier(properties(TOKEN, trustForwarded, publicBaseUrl));
    }

    static TwilioProperties properties(String token, boolean trustForwarded, String publicBaseUrl) {
        return new TwilioProperties(token, "AC0000", publicBaseUrl, trustForwarded, null,
                new TwilioProperties.Sms(1600, 320, 6, java.time.Duration.ofHours(24), true, 20,
                        java.util.List.of("READY"), 1, java.time.Duration.ofSeconds(5), 3,
                        java.time.Duration.ofSeconds(5), java.time.Duration.ofMinutes(10), 5, 3),
                new TwilioProperties.Voice("auto", 5, "en-US", null, 0.5, java.time.Duration.ofHours(2), 100));
    }
}
