package io.maitre.channel.twilio;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Twilio's webhooks (docs/twilio.md). Every one is verified first: a missing or wrong signature gets 403 and changes
 * nothing. Answers are TwiML as {@code text/xml}.
 */
@RestController
@RequestMapping("/twilio")
class TwilioController {

    /** Diagnostic header with the intent the bot understood; Twilio ignores it. */
    static final String INTENT_HEADER = "Maitre-Intent";
    private static final Pattern HEADER_SAFE = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final String GATHER_PATH = "/twilio/voice/gather";
    private static final MediaType TEXT_XML_UTF8 = new MediaType(MediaType.TEXT_XML, StandardCharsets.UTF_8);

    private final WebhookVerifier verifier;
    private final SmsWebhook sms;
    private final VoiceWebhook voice;
    private final SmsDeliveryLog deliveries;

    TwilioController(WebhookVerifier verifier, SmsWebhook sms, VoiceWebhook voice, SmsDeliveryLog deliveries) {
        this.verifier = verifier;
        this.sms = sms;
        this.voice = voice;
        this.deliveries = deliveries;
    }

    @PostMapping("/sms")
    ResponseEntity<String> sms(HttpServletRequest request) {
        SmsWebhook.SmsAnswer answer = sms.receive(verifier.verified(request));
        return twiml(Twiml.messages(answer.messages()), answer.intent());
    }

    @PostMapping("/sms/status")
    ResponseEntity<Void> smsStatus(HttpServletRequest request) {
        WebhookRequest webhook = verifier.verified(request);
        String status = webhook.get("MessageStatus") != null ? webhook.get("MessageStatus") : webhook.get("SmsStatus");
        if (status == null || status.isBlank()) {
            throw new InvalidWebhook("The status callback has no MessageStatus.");
        }
        String sid = webhook.get("MessageSid") != null ? webhook.get("MessageSid") : webhook.require("SmsSid");
        deliveries.record(sid, status.strip(), webhook.get("ErrorCode"));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/voice")
    ResponseEntity<String> voice(HttpServletRequest request) {
        WebhookRequest webhook = verifier.verified(request);
        VoiceWebhook.VoiceAnswer answer = voice.incoming(webhook, verifier.baseUrl(request) + GATHER_PATH);
        return twiml(answer.twiml(), answer.intent());
    }

    @PostMapping("/voice/gather")
    ResponseEntity<String> gather(HttpServletRequest request) {
        WebhookRequest webhook = verifier.verified(request);
        VoiceWebhook.VoiceAnswer answer = voice.gathered(webhook, verifier.baseUrl(request) + GATHER_PATH);
        return twiml(answer.twiml(), answer.intent());
    }

    @PostMapping("/voice/fallback")
    ResponseEntity<String> fallback(HttpServletRequest request) {
        return twiml(voice.fallback(verifier.verified(request)).twiml(), null);
    }

    private static ResponseEntity<String> twiml(String xml, String intent) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(TEXT_XML_UTF8);
        if (intent != null && HEADER_SAFE.matcher(intent).matches()) {
            response.header(INTENT_HEADER, intent);
        }
        return response.body(xml);
    }
}
