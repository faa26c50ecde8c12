package io.maitre.channel.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes session ids and the bearer tokens that prove a client owns one. A token is the HMAC-SHA256 of the session
 * id under a server secret, so any instance holding the secret verifies it without shared state.
 */
final class SessionTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern WELL_FORMED_TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern WELL_FORMED_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random;
    private final Mac prototype;

    SessionTokens(byte[] secret, SecureRandom random) {
        this.random = random;
        try {
            this.prototype = Mac.getInstance(ALGORITHM);
            this.prototype.init(new SecretKeySpec(secret, ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** 128 random bits, base64url: 22 characters, safe in a URL path. */
    String newSessionId() {
        byte[] bits = new byte[16];
        random.nextBytes(bits);
        return BASE64URL.encodeToString(bits);
    }

    String tokenFor(String sessionId) {
        return BASE64URL.encodeToString(mac(sessionId));
    }

    /** Whether the token was issued for this session; compares in constant time. */
    boolean verify(String sessionId, String token) {
        if (!isWellFormedToken(token)) {
            return false;
        }
        byte[] expected = tokenFor(sessionId).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.US_ASCII));
    }

    static boolean isWellFormedToken(String token) {
        return token != null && WELL_FORMED_TOKEN.matcher(token).matches();
    }

    /** Whether the id could have been made by {@link #newSessionId()}; anything else cannot name a session. */
    static boolean isWellFormedSessionId(String sessionId) {
        return sessionId != null && WELL_FORMED_ID.matcher(sessionId).matches();
    }

    private byte[] mac(String sessionId) {
        try {
            Mac mac = (Mac) prototype.clone();
            return mac.doFinal(sessionId.getBytes(StandardCharsets.UTF_8));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HMAC-SHA256 implementation cannot be cloned", e);
        }
    }
}
