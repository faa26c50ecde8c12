package io.maitre.nlu.dialogflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DialogflowSettingsTest {

    @Test
    void unsetTimeLimitAndConfidenceTakeTheDefaults() {
        DialogflowSettings settings = new DialogflowSettings(true, "p", Path.of("key.json"), null, null, 0, false);

        assertThat(settings.timeLimit()).isEqualTo(Duration.ofMillis(1200));
        assertThat(settings.minConfidence()).isEqualTo(0.7);
    }

    @Test
    void timeLimitMustStayUnderOneAndAHalfSeconds() {
        assertThatThrownBy(() -> withTimeLimit(Duration.ofMillis(1500))).hasMessageContaining("time-limit");
        assertThatThrownBy(() -> withTimeLimit(Duration.ZERO)).hasMessageContaining("time-limit");
        assertThat(withTimeLimit(Duration.ofMillis(1499)).timeLimit()).isEqualTo(Duration.ofMillis(1499));
    }

    @Test
    void confidenceMustBeAProbability() {
        assertThatThrownBy(() -> new DialogflowSettings(true, "p", null, null, null, 1.2, false))
            .hasMessageContaining("min-confidence");
        assertThatThrownBy(() -> new DialogflowSettings(true, "p", null, null, null, -0.1, false))
            .hasMessageContaining("min-confidence");
    }

    @Test
    void activeOnlyWhenEnabledWithAProjectAndCredentialsOrAnEndpointOfItsOwn() {
        Path key = Path.of("key.json");
        assertThat(new DialogflowSettings(true, "p", key, null, null, 0, false).active()).isTrue();
        assertThat(new DialogflowSettings(true, "p", null, "http://localhost:8089", null, 0, true).active()).isTrue();
        assertThat(new DialogflowSettings(false, "p", key, null, null, 0, false).active()).isFalse();
        assertThat(new DialogflowSettings(true, " ", key, null, null, 0, false).active()).isFalse();
        assertThat(new DialogflowSettings(true, "p", null, "", null, 0, false).active()).isFalse();
        assertThat(DialogflowSettings.disabled().active()).isFalse();
    }

    @Test
    void httpEndpointMeansPlainTextAndItsAddressHasNoScheme() {
        DialogflowSettings local = new DialogflowSettings(true, "p", null, "http://127.0.0.1:9000", null, 0, false);
        DialogflowSettings google = new DialogflowSettings(true, "p", null, "dialogflow.googleapis.com:443", null, 0,
            false);

        assertThat(local.plainText()).isTrue();
        assertThat(local.address()).isEqualTo("127.0.0.1:9000");
        assertThat(google.plainText()).isFalse();
        assertThat(google.address()).isEqualTo("dialogflow.googleapis.com:443");
    }

    private static DialogflowSettings withTimeLimit(Duration limit) {
        return new DialogflowSettings(true, "p", null, null, limit, 0, false);
    }
}
