package io.maitre.channel.twilio;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Builds webhook requests signed as Twilio signs them. */
final class SignedWebhooks {

    static final String TOKEN = "test-auth-token-0123456789abcdef";
    static final String BASE = "https://pizza.example.com";

    private SignedWebhooks() {
    }

    static MockHttpServletRequestBuilder signed(String path, Map<String, String> params) {
        return signedWith(TOKEN, BASE + path, path, params);
    }

    static MockHttpServletRequestBuilder signedWith(String token, String signedUrl, String path,
            Map<String, String> params) {
        return unsigned(path, params).header(TwilioSignature.HEADER, TwilioSignature.sign(token, signedUrl, params));
    }

    static MockHttpServletRequestBuilder unsigned(String path, Map<String, String> params) {
        MockHttpServletRequestBuilder request = post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        params.forEach(request::param);
        return request;
    }

    static Map<String, String> params(String... namesAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }
}
