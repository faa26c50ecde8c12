package io.maitre.channel.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.twilio.http.TwilioRestClient;
import io.maitre.channel.BotMessage;
import io.maitre.channel.ConversationRef;
import io.maitre.channel.CustomerView;
import io.maitre.channel.FulfillmentView;
import io.maitre.channel.OrderView;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Outbound texts through the real Twilio SDK, with WireMock standing in for Twilio's REST API. */
class SmsSenderTest {

    private static final String ACCOUNT = "AC11111111111111111111111111111111";
    private static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";
    private static final String CUSTOMER = "+15551230004";
    private static final String CREATED = """
            {"sid": "SM%s", "status": "queued", "to": "+15551230004", "from": "+12125550142", "body": "hi",
             "account_sid": "AC11111111111111111111111111111111", "num_segments": "1"}""";

    @RegisterExtension
    static final WireMockExtension TWILIO = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private final Fakes.OptOuts optOuts = new Fakes.OptOuts();
    private final Fakes.Deliveries deliveries = new Fakes.Deliveries();
    private SmsSender sender;
    private TwilioProperties properties;

    @BeforeEach
    void setUp() {
        TwilioProperties defaults = WebhookVerifierTest.properties("the-auth-token", false,
                "https://pizza.example.com");
        properties = new TwilioProperties("the-auth-token", ACCOUNT, "https://pizza.example.com", false,
                "http://localhost:" + TWILIO.getPort(),
                new TwilioProperties.Sms(1600, 320, 6, Duration.ofHours(24), true, 20, List.of("READY"), 50,
                        Duration.ofSeconds(5), 3, Duration.ofSeconds(5), Duration.ofMinutes(10), 5, 3),
                defaults.voice());
        TwilioRestClient client = new TwilioRestClient.Builder(ACCOUNT, "the-auth-token")
                .httpClient(new TwilioApiHttpClient(properties.apiBaseUrl(), Clock.systemUTC()))
                .build();
        sender = new SmsSender(client, optOuts, deliveries, properties);
    }

    @Test
    void aTextIsCreatedWithTheSdkAndItsStatusRecorded() {
        TWILIO.stubFor(post(urlEqualTo(MESSAGES)).willReturn(created("1")));

        Optional<String> sid = sender.send("+12125550142", CUSTOMER, "Your order 001 is ready.");

        assertThat(sid).contains("SM1");
        TWILIO.verify(1, postRequestedFor(urlEqualTo(MESSAGES))
                .withHeader("Authorization", matching("Basic .+"))
                .withRequestBody(containing("To=%2B15551230004"))
                .withRequestBody(containing("From=%2B12125550142"))
                .withRequestBody(containing("Body=Your+order+001+is+ready."))
                .withRequestBody(containing("StatusCallback=https%3A%2F%2Fpizza.example.com%2Ftwilio%2Fsms%2Fstatus")));
        assertThat(deliveries.statuses).containsEntry("SM1", "queued");
    }

    @Test
    void a429IsRetriedAfterTheRetryAfterTwilioGives() {
        TWILIO.stubFor(post(urlEqualTo(MESSAGES)).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\": 20429, \"message\": \"Too Many Requests\", \"status\": 429}"))
                .willSetStateTo("calm"));
        TWILIO.stubFor(post(urlEqualTo(MESSAGES)).inScenario("busy").whenScenarioStateIs("calm")
                .willReturn(created("2")));

        assertThat(sender.send("+12125550142", CUSTOMER, "Ready.")).contains("SM2");

        List<com.github.tomakehurst.wiremock.verification.LoggedRequest> requests =
                TWILIO.findAll(postRequestedFor(urlEqualTo(MESSAGES)));
        assertThat(requests).hasSize(2);
        assertThat(Duration.between(requests.get(0).getLoggedDate().toInstant(),
                requests.get(1).getLoggedDate().toInstant())).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void aRetryAfterLongerThanAllowedGivesUpAtOnce() {
        TWILIO.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "3600")));

        assertThat(sender.send("+12125550142", CUSTOMER, "Ready.")).isEmpty();
        TWILIO.verify(1, postRequestedFor(urlEqualTo(MESSAGES)));
    }

    @Test
    void serverErrorsAreRetriedUpToTheConfiguredAttempts() {
        TWILIO.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\": 20500, \"message\": \"Unavailable\", \"status\": 503}")));

        assertThat(sender.send("+12125550142", CUSTOMER, "Ready.")).isEmpty();
        TWILIO.verify(3, postRequestedFor(urlEqualTo(MESSAGES)));
    }

    @Test
    void aRefusalIsNotRetried() {
        TWILIO.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\": 21610, \"message\": \"Attempt to send to unsubscribed recipient\","
                        + " \"status\": 400}")));

        assertThat(sender.send("+12125550142", CUSTOMER, "Ready.")).isEmpty();
        TWILIO.verify(1, postRequestedFor(urlEqualTo(MESSAGES)));
    }

    @Test
    void aCustomerWhoOptedOutIsNeverTexted() {
        TWILIO.stubFor(post(urlEqualTo(MESSAGES)).willReturn(created("3")));
        optOuts.optOut("+12125550142", CUSTOMER);

        assertThat(sender.send("+12125550142", CUSTOMER, "Ready.")).isEmpty();
        TWILIO.verify(0, postRequestedFor(urlEqualTo(MESSAGES)));
    }

    @Test
    void eachStatusOfAnOrderIsTextedOnceFromTheThreadsNumberWhateverHowManyInstancesHearIt() throws Exception {
        TWILIO.stubFor(post(urlEqualTo(MESSAGES)).willReturn(created("4")));
        Fakes.Store shared = new Fakes.Store();
        ExecutorService sending = Executors.newSingleThreadExecutor();
        SmsPush push = new SmsPush(sender, new Fakes.Outlets(), shared, properties, sending);
        ConversationRef thread = ConversationRef.sms(Fakes.DEMO_NUMBER, CUSTOMER);

        push.orderUpdated(thread, order("READY"), BotMessage.say("Your order 001 is ready."));
        push.orderUpdated(thread, order("READY"), BotMessage.say("Your order 001 is ready."));
        push.orderUpdated(thread, order("IN_PROGRESS"), BotMessage.say("Your order 001 is being made."));
        sending.shutdown();
        assertThat(sending.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        TWILIO.verify(1, postRequestedFor(urlEqualTo(MESSAGES))
                .withRequestBody(containing("Body=Demo+Pizzeria%3A+Your+order+001+is+ready."))
                .withRequestBody(containing("To=%2B15551230004")));
    }

    @Test
    void aWebChatOrderIsTextedOnlyToANumberItsCustomerConfirmed() throws Exception {
        TWILIO.stubFor(post(urlEqualTo(MESSAGES)).willReturn(created("7")));
        Fakes.Store shared = new Fakes.Store();
        ExecutorService sending = Executors.newSingleThreadExecutor();
        SmsPush push = new SmsPush(sender, new Fakes.Outlets(), shared, properties, sending);
        ConversationRef unconfirmed = ConversationRef.web("typed-a-number");
        ConversationRef confirmed = ConversationRef.web("confirmed-a-number");
        shared.put(SmsConfirmations.CONFIRMED + confirmed.key(), "+15551230009", Duration.ofDays(1));

        push.orderUpdated(unconfirmed, order("READY"), BotMessage.say("Your order 001 is ready."));
        push.orderUpdated(confirmed, new OrderView("order-2", "002", "READY", "demo", List.of(), "10.00", "0.00",
                "0.89", "10.89", "USD", new FulfillmentView("pickup", null, null),
                new CustomerView("Alex", "555 123 0004")), BotMessage.say("Your order 002 is ready."));
        sending.shutdown();
        assertThat(sending.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(push.supports(io.maitre.channel.Channel.WEB)).isTrue();
        TWILIO.verify(1, postRequestedFor(urlEqualTo(MESSAGES)));
        TWILIO.verify(1, postRequestedFor(urlEqualTo(MESSAGES))
                .withRequestBody(containing("Body=Demo+Pizzeria%3A+Your+order+002+is+ready."))
                .withRequestBody(containing("From=%2B12125550142"))
                .withRequestBody(containing("To=%2B15551230009")));
    }

    @Test
    void aCallersOrderIsTextedToTheCallerFromTheOutletsNumber() throws Exception {
        TWILIO.stubFor(post(urlEqualTo(MESSAGES)).willReturn(created("5")));
        ExecutorService sending = Executors.newSingleThreadExecutor();
        SmsPush push = new SmsPush(sender, new Fakes.Outlets(), new Fakes.Store(), properties, sending);

        push.orderUpdated(ConversationRef.voice("CA1"), order("READY"), BotMessage.say("Your order 001 is ready."));
        sending.shutdown();
        assertThat(sending.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        TWILIO.verify(1, postRequestedFor(urlEqualTo(MESSAGES))
                .withRequestBody(containing("From=%2B12125550142"))
                .withRequestBody(containing("To=%2B15551230004")));
    }

    @Test
    void aStaffReplyToATextThreadIsTextedFromTheThreadsNumber() throws Exception {
        TWILIO.stubFor(post(urlEqualTo(MESSAGES)).willReturn(created("6")));
        ExecutorService sending = Executors.newSingleThreadExecutor();
        SmsPush push = new SmsPush(sender, new Fakes.Outlets(), new Fakes.Store(), properties, sending);

        push.said(ConversationRef.sms(Fakes.DEMO_NUMBER, CUSTOMER), "staff", BotMessage.say("Hi, Ana here."), true);
        push.said(ConversationRef.voice("CA1"), "staff", BotMessage.say("Not for calls."), true);
        sending.shutdown();
        assertThat(sending.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        TWILIO.verify(1, postRequestedFor(urlEqualTo(MESSAGES))
                .withRequestBody(containing("Body=Hi%2C+Ana+here."))
                .withRequestBody(containing("To=%2B15551230004")));
    }

    private static OrderView order(String status) {
        return new OrderView("order-1", "001", status, "demo", List.of(), "10.00", "0.00", "0.89", "10.89", "USD",
                new FulfillmentView("pickup", null, null), new CustomerView("Alex", CUSTOMER));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created(String sid) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody(CREATED.formatted(sid));
    }

}
