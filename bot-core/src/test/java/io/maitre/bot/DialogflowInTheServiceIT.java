package io.maitre.bot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.maitre.OpenHoursClock;
import io.maitre.channel.ConversationRef;
import io.maitre.channel.MessageHandler;
import io.maitre.channel.TurnResult;
import io.maitre.channel.UserMessage;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service configured for Dialogflow (its real client, over HTTP/JSON to a local fake): a confident
 * Dialogflow intent decides the turn, our own recognition still supplies the items, and a Dialogflow
 * that fails leaves the turn to the local classifier.
 */
@Import(OpenHoursClock.class)
@SpringBootTest(properties = "maitre.kitchen.grpc.enabled=false")
class DialogflowInTheServiceIT {

    private static final String DETECT_INTENT = "/v2/projects/maitre-it/agent/sessions/[0-9a-f]{32}:detectIntent";
    private static final WireMockServer DIALOGFLOW = new WireMockServer(wireMockConfig().dynamicPort()
            .bindAddress("127.0.0.1"));

    static {
        DIALOGFLOW.start();
    }

    @DynamicPropertySource
    static void dialogflow(DynamicPropertyRegistry properties) {
        properties.add("maitre.nlu.dialogflow.enabled", () -> "true");
        properties.add("maitre.nlu.dialogflow.project-id", () -> "maitre-it");
        properties.add("maitre.nlu.dialogflow.endpoint", () -> "http://127.0.0.1:" + DIALOGFLOW.port());
        properties.add("maitre.nlu.dialogflow.use-rest", () -> "true");
    }

    @AfterAll
    static void stop() {
        DIALOGFLOW.stop();
    }

    @Autowired
    MessageHandler bot;

    @Test
    void aConfidentDialogflowIntentDecidesAndOurItemsStay() {
        DIALOGFLOW.stubFor(post(urlPathMatching(DETECT_INTENT)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"queryResult": {"intent": {"displayName": "order.add"},
                                         "intentDetectionConfidence": 0.93, "languageCode": "en"}}""")));
        ConversationRef ref = ConversationRef.web(UUID.randomUUID().toString());
        bot.open(ref, "demo", Locale.ENGLISH);

        TurnResult turn = bot.handle(new UserMessage(ref, "gimme a large pepperoni pizza", ref.channel(),
                Locale.ENGLISH));

        assertThat(turn.intent()).isEqualTo("order.add");
        assertThat(turn.cart().lines()).extracting(l -> l.itemId()).containsExactly("pizza");
        DIALOGFLOW.verify(postRequestedFor(urlPathMatching(DETECT_INTENT)));
    }

    @Test
    void aFailingDialogflowLeavesTheTurnToTheLocalClassifier() {
        DIALOGFLOW.stubFor(post(urlPathMatching(DETECT_INTENT)).willReturn(aResponse().withStatus(500)));
        ConversationRef ref = ConversationRef.web(UUID.randomUUID().toString());
        bot.open(ref, "demo", Locale.ENGLISH);

        TurnResult turn = bot.handle(new UserMessage(ref, "what are your hours", ref.channel(), Locale.ENGLISH));

        assertThat(turn.intent()).isEqualTo("store.info");
        assertThat(String.join(" ", turn.messages().stream().map(m -> m.text()).toList())).contains("Hours");
    }
}
