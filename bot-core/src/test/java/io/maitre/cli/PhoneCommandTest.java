package io.maitre.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.twilio.security.RequestValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The terminal phone signs its webhooks so that the Twilio SDK's validator accepts them, and shows the TwiML. */
class PhoneCommandTest {

    private static final String TOKEN = "terminal-phone-token";

    private WireMockServer service;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @BeforeEach
    void start() {
        service = new WireMockServer(options().dynamicPort());
        service.start();
    }

    @AfterEach
    void stop() {
        service.stop();
    }

    @Test
    void textsAreSignedAndRepliesShown() throws Exception {
        service.stubFor(post(urlEqualTo("/twilio/sms")).willReturn(aResponse().withHeader("Content-Type", "text/xml")
                .withBody("<Response><Message><Body>Got it: 1 large pizza.\n1) That's all</Body></Message></Response>")));

        int status = run("sms", "a large pizza\n", "--url", "http://localhost:" + service.port(),
                "--public-url", "https://pizza.example.com", "--token", TOKEN, "--from", "+15551230077");

        assertThat(status).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("< Got it: 1 large pizza.\n  1) That's all");
        LoggedRequest request = service.findAll(com.github.tomakehurst.wiremock.client.WireMock
                .postRequestedFor(urlEqualTo("/twilio/sms"))).get(0);
        Map<String, String> form = form(request.getBodyAsString());
        assertThat(form).containsEntry("Body", "a large pizza").containsEntry("From", "+15551230077")
                .containsEntry("To", "+12125550142").containsKey("MessageSid");
        assertThat(new RequestValidator(TOKEN).validate("https://pizza.example.com/twilio/sms", form,
                request.getHeader("X-Twilio-Signature"))).isTrue();
    }

    @Test
    void aCallSpeaksPressesKeysAndEndsWhenTheRestaurantHangsUp() throws Exception {
        service.stubFor(post(urlEqualTo("/twilio/voice")).willReturn(aResponse().withBody(
                "<Response><Gather input=\"speech dtmf\"><Say>What can I get you?</Say></Gather></Response>")));
        service.stubFor(post(urlEqualTo("/twilio/voice/gather")).willReturn(aResponse().withBody(
                "<Response><Say>Thank you. Goodbye.</Say><Hangup/></Response>")));

        int status = run("call", "1\n", "--url", "http://localhost:" + service.port(), "--token", TOKEN);

        assertThat(status).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("< What can I get you?")
                .contains("< Thank you. Goodbye.").contains("[the restaurant hung up]");
        List<LoggedRequest> turns = service.findAll(com.github.tomakehurst.wiremock.client.WireMock
                .postRequestedFor(urlEqualTo("/twilio/voice/gather")));
        assertThat(form(turns.get(0).getBodyAsString())).containsEntry("Digits", "1").doesNotContainKey("SpeechResult");
    }

    @Test
    void withoutATokenItSaysSo() throws Exception {
        assertThat(run("sms", "", "--url", "http://localhost:" + service.port(), "--token", " ")).isEqualTo(2);
    }

    private int run(String command, String input, String... args) throws Exception {
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        return PhoneCommand.run(command, args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out,
                out);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return form;
    }
}
