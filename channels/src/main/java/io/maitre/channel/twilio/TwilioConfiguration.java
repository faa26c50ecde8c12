package io.maitre.channel.twilio;

import com.twilio.http.TwilioRestClient;
import io.maitre.channel.MessageHandler;
import io.maitre.channel.PhoneConfirmation;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the SMS and voice channels. Their ports ({@link TwilioOutlets}, {@link TwilioStore}, {@link SmsOptOuts},
 * {@link SmsDeliveryLog}) come from the application.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TwilioProperties.class)
class TwilioConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TwilioConfiguration.class);
    private static final String SENDER_ACCOUNT = "ACnot-configured";
    private static final String SENDER_TOKEN = "not-configured";

    @Bean
    WebhookVerifier twilioWebhookVerifier(TwilioProperties properties) {
        if (!properties.canVerify()) {
            log.info("maitre.twilio.auth-token is not set: the SMS and voice webhooks refuse every request.");
        } else if (properties.publicBaseUrl() == null && !properties.trustForwardedHeaders()) {
            log.warn("maitre.twilio.public-base-url is not set: Twilio signatures are checked against the URL each"
                    + " request reached this service with, which fails behind a proxy.");
        }
        return new WebhookVerifier(properties);
    }

    @Bean
    SmsWebhook smsWebhook(MessageHandler handler, TwilioOutlets outlets, TwilioStore store, SmsOptOuts optOuts,
            TwilioProperties properties, JsonMapper json, Clock clock) {
        return new SmsWebhook(handler, outlets, store, optOuts,
                new SenderLimits(store, properties.sms().messagesPerMinute(), clock), properties.sms(), json);
    }

    @Bean
    VoiceWebhook voiceWebhook(MessageHandler handler, TwilioOutlets outlets, TwilioStore store,
            TwilioProperties properties, JsonMapper json) {
        return new VoiceWebhook(handler, outlets, store, properties.voice(), json);
    }

    /** Twilio's REST API through the SDK, for outbound texts and call transfers. */
    @Bean
    TwilioRestClient twilioRestClient(TwilioProperties properties, Clock clock) {
        return new TwilioRestClient.Builder(
                properties.canSend() ? properties.accountSid() : SENDER_ACCOUNT,
                properties.canSend() ? properties.authToken() : SENDER_TOKEN)
                .httpClient(new TwilioApiHttpClient(properties.apiBaseUrl(), clock))
                .build();
    }

    @Bean
    SmsSender smsSender(TwilioRestClient client, TwilioProperties properties, SmsOptOuts optOuts,
            SmsDeliveryLog deliveries) {
        return new SmsSender(client, optOuts, deliveries, properties);
    }

    /** Status texts go out on two threads of their own, so a slow or throttled Twilio never holds up an order. */
    @Bean(destroyMethod = "close")
    SmsPush smsPush(SmsSender sender, TwilioOutlets outlets, TwilioStore store, TwilioProperties properties) {
        return new SmsPush(sender, outlets, store, properties, threads("twilio-sms-", 2));
    }

    /** Calls taken over by staff are transferred on a thread of their own, so a take-over never waits for Twilio. */
    @Bean(destroyMethod = "close")
    VoicePush voicePush(TwilioRestClient client, TwilioOutlets outlets, TwilioStore store,
            TwilioProperties properties, JsonMapper json) {
        return new VoicePush(client, outlets, store, properties, json, threads("twilio-call-", 1));
    }

    private static ExecutorService threads(String name, int count) {
        AtomicInteger made = new AtomicInteger();
        return new ThreadPoolExecutor(count, count, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(10_000),
                runnable -> {
                    Thread thread = new Thread(runnable, name + made.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    @Bean
    PhoneConfirmation phoneConfirmation(SmsPush push, TwilioOutlets outlets, TwilioStore store, SmsOptOuts optOuts,
            TwilioProperties properties, Clock clock, JsonMapper json) {
        return new SmsConfirmations(push, outlets, store, optOuts, properties, clock, json);
    }
}
