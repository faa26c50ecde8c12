package io.maitre.channel.twilio;

import io.maitre.channel.ConversationRef;
import io.maitre.channel.PhoneConfirmation;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Confirms that a web chat customer owns the number they typed before anything is texted to it. A six-digit code is
 * texted to the number from the outlet's sending number and typed back in the chat. The code itself is never stored:
 * only an HMAC of it (keyed with the account's auth token, salted, bound to the conversation and the number) in the
 * shared store, for {@code code-validity}; {@code code-attempts} wrong tries void it; a number is sent at most
 * {@code codes-per-hour} codes whichever conversation asks, and a conversation asks for at most as many whichever
 * numbers it gives, so the chat cannot be used to flood a phone, or many phones, with texts.
 * A confirmed number is remembered for the conversation in the shared store, and {@link SmsPush} texts a web chat's
 * order updates to that number only.
 */
final class SmsConfirmations implements PhoneConfirmation {

    /** Where a conversation's confirmed number is kept. */
    static final String CONFIRMED = "maitre:twilio:confirm:number:";
    /** How long a confirmed number is remembered: past the furthest time an order can be placed for. */
    static final Duration REMEMBERED = Duration.ofDays(15);
    private static final Logger log = LoggerFactory.getLogger(SmsConfirmations.class);
    private static final String CODE = "maitre:twilio:confirm:code:";
    private static final String SENT = "maitre:twilio:confirm:sent:";
    /** A code is kept this long past its expiry, so that typing it late is told apart from never asking for one. */
    private static final Duration EXPIRED_KEPT = Duration.ofHours(1);
    private static final int CODE_RANGE = 1_000_000;

    /** A code waiting to be typed: its salted HMAC, the number it went to, until when it holds, tries left. */
    record PendingCode(String number, String salt, String hash, Instant expiresAt, int triesLeft) {
    }

    private final SmsPush push;
    private final TwilioOutlets outlets;
    private final TwilioStore store;
    private final SmsOptOuts optOuts;
    private final TwilioProperties properties;
    private final Clock clock;
    private final JsonMapper json;
    private final SecureRandom random = new SecureRandom();

    SmsConfirmations(SmsPush push, TwilioOutlets outlets, TwilioStore store, SmsOptOuts optOuts,
            TwilioProperties properties, Clock clock, JsonMapper json) {
        this.push = push;
        this.outlets = outlets;
        this.store = store;
        this.optOuts = optOuts;
        this.properties = properties;
        this.clock = clock;
        this.json = json;
    }

    @Override
    public boolean available(String outletId) {
        return properties.canSend() && sendingNumber(outletId).isPresent();
    }

    @Override
    public Optional<String> textable(String outletId, String typed) {
        return sendingNumber(outletId).flatMap(from -> PhoneNumbers.typed(typed, from));
    }

    @Override
    public CodeSent sendCode(ConversationRef conversation, String outletId, String number) {
        Optional<TwilioOutlet> outlet = outlets.byId(outletId);
        String from = outlet.map(TwilioOutlet::sendingNumber).orElse(null);
        if (!properties.canSend() || from == null || !PhoneNumbers.isE164(number)) {
            return CodeSent.UNAVAILABLE;
        }
        if (optOuts.isOptedOut(from, number)) {
            return CodeSent.OPTED_OUT;
        }
        TwilioProperties.Sms sms = properties.sms();
        if (store.increment(SENT + conversation.key(), Duration.ofHours(1)) > sms.codesPerHour()
                || store.increment(SENT + number, Duration.ofHours(1)) > sms.codesPerHour()) {
            log.warn("Not texting another code to {} for {}: {} an hour at most", PhoneNumbers.mask(number),
                    conversation.key(), sms.codesPerHour());
            return CodeSent.TOO_MANY;
        }
        String code = "%06d".formatted(random.nextInt(CODE_RANGE));
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        String saltText = Base64.getEncoder().encodeToString(salt);
        PendingCode pending = new PendingCode(number, saltText, hash(saltText, conversation, number, code),
                clock.instant().plus(sms.codeValidity()), sms.codeAttempts());
        store.put(CODE + conversation.key(), json.writeValueAsString(pending), sms.codeValidity().plus(EXPIRED_KEPT));
        push.queue(from, number, Gsm7.normalize(outlet.get().name() + ": your code is " + code + ". Type it in the"
                + " chat to get updates on your order by text. It expires in " + sms.codeValidity().toMinutes()
                + " minutes. If you didn't ask for it, ignore this text."), "a confirmation code");
        return CodeSent.SENT;
    }

    @Override
    public CodeCheck check(ConversationRef conversation, String code) {
        String key = CODE + conversation.key();
        Optional<PendingCode> found = store.get(key).map(s -> json.readValue(s, PendingCode.class));
        if (found.isEmpty()) {
            return CodeCheck.NONE;
        }
        PendingCode pending = found.get();
        Instant now = clock.instant();
        if (!now.isBefore(pending.expiresAt())) {
            store.release(key);
            return CodeCheck.EXPIRED;
        }
        byte[] expected = pending.hash().getBytes(StandardCharsets.US_ASCII);
        byte[] given = hash(pending.salt(), conversation, pending.number(), code.strip())
                .getBytes(StandardCharsets.US_ASCII);
        if (MessageDigest.isEqual(expected, given)) {
            store.release(key);
            store.put(CONFIRMED + conversation.key(), pending.number(), REMEMBERED);
            return CodeCheck.CONFIRMED;
        }
        int left = pending.triesLeft() - 1;
        if (left <= 0) {
            store.release(key);
            return CodeCheck.TOO_MANY_TRIES;
        }
        store.put(key, json.writeValueAsString(new PendingCode(pending.number(), pending.salt(), pending.hash(),
                pending.expiresAt(), left)), Duration.between(now, pending.expiresAt()).plus(EXPIRED_KEPT));
        return CodeCheck.WRONG;
    }

    @Override
    public Optional<String> confirmed(ConversationRef conversation) {
        return store.get(CONFIRMED + conversation.key());
    }

    private Optional<String> sendingNumber(String outletId) {
        return outlets.byId(outletId).map(TwilioOutlet::sendingNumber);
    }

    private String hash(String salt, ConversationRef conversation, String number, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(properties.authToken().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((salt + '\n' + conversation.key() + '\n' + number + '\n' + code)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
