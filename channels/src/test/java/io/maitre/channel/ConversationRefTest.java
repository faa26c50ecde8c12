package io.maitre.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConversationRefTest {

    @Test
    void aKeyNamesItsConversationAgain() {
        ConversationRef ref = new ConversationRef(Channel.SMS, "+15550001111:+15550002222");

        assertThat(ConversationRef.ofKey(ref.key())).isEqualTo(ref);
        assertThat(ConversationRef.ofKey("web:abc")).isEqualTo(ConversationRef.web("abc"));
    }

    @Test
    void textThatIsNoKeyIsRefused() {
        assertThatThrownBy(() -> ConversationRef.ofKey("abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConversationRef.ofKey("fax:abc")).isInstanceOf(IllegalArgumentException.class);
    }
}
