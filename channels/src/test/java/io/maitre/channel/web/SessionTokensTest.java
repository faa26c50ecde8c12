package io.maitre.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionTokensTest {

    private final SessionTokens tokens = tokensWith("first-secret-of-at-least-thirty-two-chars");

    @Test
    void makesUrlSafeSessionIdsOf128RandomBits() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = tokens.newSessionId();
            assertThat(id).matches("[A-Za-z0-9_-]{22}");
            assertThat(SessionTokens.isWellFormedSessionId(id)).isTrue();
            ids.add(id);
        }
        assertThat(ids).hasSize(1000);
    }

    @Test
    void verifiesTheTokenItIssued() {
        String id = tokens.newSessionId();

        String token = tokens.tokenFor(id);

        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(tokens.verify(id, token)).isTrue();
    }

    @Test
    void isStatelessSoAnotherInstanceWithTheSameSecretAgrees() {
        SessionTokens otherInstance = tokensWith("first-secret-of-at-least-thirty-two-chars");
        String id = tokens.newSessionId();

        assertThat(otherInstance.verify(id, tokens.tokenFor(id))).isTrue();
    }

    @Test
    void refusesATokenUnderAnotherSecret() {
        SessionTokens otherSecret = tokensWith("second-secret-of-at-least-thirty-two-chars");
        String id = tokens.newSessionId();

        assertThat(otherSecret.verify(id, tokens.tokenFor(id))).isFalse();
    }

    @Test
    void refusesAnotherSessionsToken() {
        String mine = tokens.newSessionId();
        String theirs = tokens.newSessionId();

        assertThat(tokens.verify(theirs, tokens.tokenFor(mine))).isFalse();
    }

    @Test
    void refusesMalformedTokens() {
        String id = tokens.newSessionId();
        String token = tokens.tokenFor(id);

        assertThat(tokens.verify(id, null)).isFalse();
        assertThat(tokens.verify(id, "")).isFalse();
        assertThat(tokens.verify(id, token.substring(1))).isFalse();
        assertThat(tokens.verify(id, token + "A")).isFalse();
        assertThat(tokens.verify(id, token.replace(token.charAt(0), '+'))).isFalse();
    }

    @Test
    void toleratesNoOddSessionIds() {
        assertThat(SessionTokens.isWellFormedSessionId("../etc/passwd")).isFalse();
        assertThat(SessionTokens.isWellFormedSessionId("")).isFalse();
        assertThat(SessionTokens.isWellFormedSessionId("a".repeat(65))).isFalse();
    }

    private static SessionTokens tokensWith(String secret) {
        return new SessionTokens(secret.getBytes(StandardCharsets.UTF_8), new SecureRandom());
    }
}
