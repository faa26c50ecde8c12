package io.maitre.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.OpenHoursClock;
import io.maitre.cart.Cart;
import io.maitre.cart.CartEditor;
import io.maitre.cart.CartLine;
import io.maitre.cart.CartPricing;
import io.maitre.cart.ItemSelection;
import io.maitre.cart.LineId;
import io.maitre.cart.OptionChoice;
import io.maitre.cart.PricedLine;
import io.maitre.cart.Qualifier;
import io.maitre.channel.ConversationRef;
import io.maitre.channel.LineView;
import io.maitre.channel.MessageHandler;
import io.maitre.channel.OrderView;
import io.maitre.channel.Transcript;
import io.maitre.channel.TranscriptEntry;
import io.maitre.channel.twilio.Speech;
import io.maitre.channel.twilio.TwilioOutlet;
import io.maitre.channel.twilio.TwilioOutlets;
import io.maitre.channel.twilio.TwilioSignature;
import io.maitre.golden.GoldenConversation.Line;
import io.maitre.golden.GoldenConversation.PastOrder;
import io.maitre.golden.GoldenConversation.Step;
import io.maitre.menu.Menu;
import io.maitre.menu.MenuCatalog;
import io.maitre.menu.Money;
import io.maitre.order.Customer;
import io.maitre.order.EarlierOrders;
import io.maitre.order.Fulfillment;
import io.maitre.order.OrderStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Replays every {@code conversations/*.yaml} through the SMS and the voice webhooks of a running service, signed as
 * Twilio signs them, reading the TwiML answers as XML. The customer's number is known on both, so the bot never asks
 * for a phone: the turn that answers that question is dropped and its checks move to the turn before. On voice a
 * transfer or a hang-up ends the call, later turns are not played, a {@code says} is compared as it is spoken
 * (prices and times in words), and one made only of symbols ("$") is not checked. A turn the bot must not answer (staff own the conversation) gets no
 * text back; on voice it is not checked. Cart and order are checked through the bot's transcript. A conversation's
 * {@code history} is stored first as orders of the texter's or caller's number, placed in an earlier thread or call.
 */
@Import(OpenHoursClock.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "maitre.twilio.auth-token=" + PhoneGoldenConversationsIT.TOKEN,
        "maitre.twilio.public-base-url=" + PhoneGoldenConversationsIT.PUBLIC_URL,
        "maitre.twilio.sms.messages-per-minute=1000"})
class PhoneGoldenConversationsIT {

    static final String TOKEN = "golden-conversations-auth-token";
    static final String PUBLIC_URL = "https://golden.example.com";
    private static final String DEMO_NUMBER = "+12125550142";
    private static final AtomicInteger CUSTOMERS = new AtomicInteger();

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    MessageHandler bot;
    @Autowired
    OpenHoursClock.Movable clock;
    @Autowired
    TwilioOutlets outlets;
    @Autowired
    MenuCatalog menus;
    @Autowired
    ApplicationContext context;

    @TestFactory
    Stream<DynamicTest> bySms() throws IOException {
        return goldens().map(g -> DynamicTest.dynamicTest(g.file(), () -> replaySms(g.conversation())));
    }

    @TestFactory
    Stream<DynamicTest> byVoice() throws IOException {
        return goldens().map(g -> DynamicTest.dynamicTest(g.file(), () -> replayVoice(g.conversation())));
    }

    @Test
    void aRetriedTextNeverAddsASecondItem() throws Exception {
        String customer = nextCustomer();
        Map<String, String> text = sms(customer, "a large pepperoni pizza", "SMretry" + customer.substring(1));

        post("/twilio/sms", text);
        Reply retry = post("/twilio/sms", text);

        assertThat(retry.twiml().getDocumentElement().getChildNodes().getLength()).isZero();
        Transcript transcript = bot.transcript(ConversationRef.sms(DEMO_NUMBER, customer)).orElseThrow();
        assertThat(transcript.cart().lines()).singleElement()
                .satisfies(line -> assertThat(line.quantity()).isEqualTo(1));
    }

    @Test
    void aCallerWhoHangsUpMidOrderLeavesNothingPlacedAndTheNextCallStartsAfresh() throws Exception {
        String caller = nextCustomer();
        String firstCall = "CAhangup1" + caller.substring(1);
        post("/twilio/voice", call(firstCall, caller));
        post("/twilio/voice/gather", speech(firstCall, caller, "a large pepperoni pizza"));

        Transcript abandoned = bot.transcript(ConversationRef.voice(firstCall)).orElseThrow();
        assertThat(abandoned.cart().lines()).hasSize(1);
        assertThat(abandoned.order()).isNull();

        String secondCall = "CAhangup2" + caller.substring(1);
        Reply greeting = post("/twilio/voice", call(secondCall, caller));
        assertThat(spoken(greeting)).contains("welcome");
        assertThat(bot.transcript(ConversationRef.voice(secondCall)).orElseThrow().cart().lines()).isEmpty();
    }

    private void replaySms(GoldenConversation conversation) throws Exception {
        Assumptions.assumeTrue(conversation.appliesTo("sms"), "not an SMS conversation");
        String outletNumber = outletNumber(conversation);
        clock.startAt(conversation.at() == null ? OpenHoursClock.START : conversation.at().toInstant());
        String customer = nextCustomer();
        ConversationRef ref = ConversationRef.sms(outletNumber, customer);
        remember(conversation, customer, "sms", ref.key());
        List<String> log = new ArrayList<>();
        int turn = 0;
        for (Step step : phoneSteps(conversation.turns())) {
            Map<String, String> text = sms(customer, step.user(), "SM" + customer.substring(1) + "x" + turn++);
            text.put("To", outletNumber);
            Reply reply = post("/twilio/sms", text);
            List<String> texts = texts(reply.twiml(), "Message");
            log.add("> " + step.user() + "  [" + reply.intent() + "]");
            texts.forEach(t -> log.add("< " + t));
            if (Boolean.TRUE.equals(step.silent())) {
                assertThat(texts).as("nothing is texted back while staff own the conversation: %s", log).isEmpty();
                continue;
            }
            check(conversation, step, reply.intent(), String.join("\n", texts), ref, log, false);
        }
        checkEnd(conversation, ref, log);
    }

    private void replayVoice(GoldenConversation conversation) throws Exception {
        Assumptions.assumeTrue(conversation.appliesTo("voice"), "not a voice conversation");
        String outletNumber = outletNumber(conversation);
        clock.startAt(conversation.at() == null ? OpenHoursClock.START : conversation.at().toInstant());
        String caller = nextCustomer();
        String callSid = "CA" + caller.substring(1) + "golden";
        ConversationRef ref = ConversationRef.voice(callSid);
        remember(conversation, caller, "voice", ConversationRef.voice("CA" + caller.substring(1) + "earlier").key());
        List<String> log = new ArrayList<>();
        Map<String, String> incoming = call(callSid, caller);
        incoming.put("To", outletNumber);
        Reply greeting = post("/twilio/voice", incoming);
        assertThat(greeting.twiml().getElementsByTagName("Gather").getLength()).as("greeting gathers").isEqualTo(1);
        for (Step step : phoneSteps(conversation.turns())) {
            Map<String, String> said = speech(callSid, caller, step.user());
            said.put("To", outletNumber);
            Reply reply = post("/twilio/voice/gather", said);
            log.add("> " + step.user() + "  [" + reply.intent() + "]");
            log.add("< " + spoken(reply));
            if (!Boolean.TRUE.equals(step.silent())) {
                check(conversation, step, reply.intent(), spoken(reply), ref, log, true);
            }
            boolean ended = reply.twiml().getElementsByTagName("Hangup").getLength() > 0
                    || reply.twiml().getElementsByTagName("Dial").getLength() > 0;
            if (ended) {
                break;
            }
            assertThat(reply.twiml().getElementsByTagName("Gather").getLength()).as("still listening: %s", log)
                    .isEqualTo(1);
        }
        checkEnd(conversation, ref, log);
    }

    /**
     * Stores the conversation's history: the orders the customer's number placed at the outlet before it, in an
     * earlier thread or call, with items since taken off the menu as they were named and priced then.
     */
    private void remember(GoldenConversation conversation, String number, String channel, String conversationKey) {
        Instant start = conversation.at() == null ? OpenHoursClock.START : conversation.at().toInstant();
        Menu menu = menus.menu(conversation.outlet() == null ? "demo" : conversation.outlet()).orElseThrow();
        EarlierOrders earlier = new EarlierOrders(context);
        for (PastOrder past : conversation.history()) {
            earlier.store(menu, pricedLines(menu, past.lines()), Fulfillment.pickupAsap(),
                    new Customer(past.customer(), number), channel, conversationKey, start.minus(past.ago()),
                    past.status() == null ? OrderStatus.COMPLETED : OrderStatus.valueOf(past.status()));
        }
    }

    private static List<PricedLine> pricedLines(Menu menu, List<Line> lines) {
        List<PricedLine> out = new ArrayList<>();
        for (Line line : lines) {
            if (menu.item(line.item()).isPresent()) {
                List<OptionChoice> options = line.options().stream().map(o -> o.split(":")).map(o ->
                        new OptionChoice(o[0], o[1], o.length > 2 ? Qualifier.valueOf(o[2].toUpperCase(Locale.ROOT))
                                : null)).toList();
                Cart one = new CartEditor(menu).add(Cart.empty(),
                        new ItemSelection(line.item(), line.quantity(), options, null));
                out.addAll(CartPricing.price(one, menu).lines());
            } else {
                Money unit = Money.of(line.price(), menu.currency().getCurrencyCode());
                out.add(new PricedLine(new CartLine(LineId.random(), line.item(), line.quantity(), List.of(), null),
                        line.name(), List.of(), unit, unit.times(line.quantity())));
            }
        }
        return out;
    }

    /** The Twilio number of the conversation's outlet; a conversation whose outlet has none is skipped. */
    private String outletNumber(GoldenConversation conversation) {
        String outletId = conversation.outlet() == null ? "demo" : conversation.outlet();
        String number = outlets.byId(outletId).map(TwilioOutlet::sendingNumber).orElse(null);
        Assumptions.assumeTrue(number != null, "outlet " + outletId + " has no Twilio number");
        return number;
    }

    /** The turns as a texter or caller plays them: the answer to "a phone number?" is never needed. */
    static List<Step> phoneSteps(List<Step> turns) {
        List<Step> out = new ArrayList<>();
        for (int i = 0; i < turns.size(); i++) {
            Step step = turns.get(i);
            if ("phone".equals(step.expecting()) && i + 1 < turns.size()) {
                Step answer = turns.get(i + 1);
                String says = Stream.of(step.says(), answer.says()).filter(s -> s != null)
                        .collect(Collectors.joining("\u0000"));
                out.add(new Step(step.user(), step.intent(), answer.expecting(), answer.itemId(),
                        says.isEmpty() ? null : says, step.silent()));
                i++;
            } else {
                out.add(step);
            }
        }
        return out;
    }

    private void check(GoldenConversation conversation, Step step, String intent, String replies, ConversationRef ref,
            List<String> log, boolean voice) {
        String context = conversation.name() + "\n" + String.join("\n", log);
        if (step.intent() != null) {
            assertThat(intent).as("intent of \"%s\" in %s", step.user(), context).isEqualTo(step.intent());
        }
        TranscriptEntry last = lastBotEntry(ref);
        if (step.expecting() != null) {
            String expecting = last.expecting() == null ? "none" : last.expecting().id();
            assertThat(expecting).as("expecting after \"%s\" in %s", step.user(), context).isEqualTo(step.expecting());
        }
        if (step.itemId() != null) {
            assertThat(last.itemId()).as("itemId after \"%s\" in %s", step.user(), context).isEqualTo(step.itemId());
        }
        if (step.says() != null) {
            for (String written : step.says().split("\u0000")) {
                if (voice && written.chars().noneMatch(Character::isLetterOrDigit)) {
                    continue;
                }
                String says = voice ? Speech.forTheEar(written) : written;
                assertThat(replies.toLowerCase(Locale.ROOT)).as("reply to \"%s\" in %s", step.user(), context)
                        .contains(says.toLowerCase(Locale.ROOT));
            }
        }
    }

    private void checkEnd(GoldenConversation conversation, ConversationRef ref, List<String> log) {
        GoldenConversation.Outcome expect = conversation.expect();
        if (expect == null) {
            return;
        }
        String context = conversation.name() + "\n" + String.join("\n", log);
        Transcript transcript = bot.transcript(ref).orElseThrow();
        if (expect.cart() != null) {
            assertThat(lines(transcript.cart().lines())).as("cart in %s", context)
                    .containsExactlyInAnyOrderElementsOf(normalized(expect.cart()));
        }
        if (expect.escalated() != null) {
            assertThat(transcript.escalated()).as("escalated in %s", context).isEqualTo(expect.escalated());
        }
        OrderView order = transcript.order();
        if (expect.order() != null) {
            assertThat(order).as("an order was placed in %s", context).isNotNull();
            if (expect.order().status() != null) {
                assertThat(order.status()).isEqualTo(expect.order().status());
            }
            if (expect.order().fulfillment() != null) {
                assertThat(order.fulfillment().mode()).isEqualTo(expect.order().fulfillment());
            }
            if (expect.order().customer() != null) {
                assertThat(order.customer().name()).isEqualTo(expect.order().customer());
                assertThat(order.customer().phone()).as("the texter's or caller's number").startsWith("+1555");
            }
            if (expect.order().lines() != null) {
                assertThat(lines(order.lines())).as("order lines in %s", context)
                        .containsExactlyInAnyOrderElementsOf(normalized(expect.order().lines()));
            }
        }
        if (expect.total() != null) {
            assertThat(order != null ? order.total() : transcript.cart().total()).as("total in %s", context)
                    .isEqualTo(expect.total());
        }
    }

    private TranscriptEntry lastBotEntry(ConversationRef ref) {
        List<TranscriptEntry> entries = bot.transcript(ref).orElseThrow().entries();
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).from().equals("bot")) {
                return entries.get(i);
            }
        }
        throw new AssertionError("the bot said nothing in " + ref);
    }

    private static List<String> lines(List<LineView> lines) {
        return lines.stream().map(l -> describe(l.itemId(), l.quantity(), l.options().stream()
                .map(o -> o.group() + ":" + o.id() + (o.qualifier() == null ? "" : ":" + o.qualifier())).toList()))
                .toList();
    }

    private static List<String> normalized(List<Line> lines) {
        return lines.stream().map(l -> describe(l.item(), l.quantity(), l.options())).toList();
    }

    private static String describe(String item, int quantity, List<String> options) {
        return quantity + " x " + item + " " + options.stream().sorted().toList();
    }

    private record Golden(String file, GoldenConversation conversation) {
    }

    private static Stream<Golden> goldens() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(GoldenConversationsIT.FOLDER)) {
            files = listing.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(12);
        YAMLMapper yaml = YAMLMapper.builder().build();
        List<Golden> out = new ArrayList<>();
        for (Path file : files) {
            out.add(new Golden(file.getFileName().toString(), yaml.readValue(file.toFile(), GoldenConversation.class)));
        }
        return out.stream();
    }

    private static String nextCustomer() {
        return String.format("+1555%07d", 1000000 + CUSTOMERS.incrementAndGet());
    }

    private static Map<String, String> sms(String from, String body, String sid) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("From", from);
        params.put("To", DEMO_NUMBER);
        params.put("Body", body);
        params.put("MessageSid", sid);
        params.put("NumMedia", "0");
        return params;
    }

    private static Map<String, String> call(String callSid, String from) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("CallSid", callSid);
        params.put("From", from);
        params.put("To", DEMO_NUMBER);
        params.put("CallStatus", "in-progress");
        return params;
    }

    private static Map<String, String> speech(String callSid, String from, String said) {
        Map<String, String> params = call(callSid, from);
        params.put("SpeechResult", said);
        params.put("Confidence", "0.93");
        return params;
    }

    private record Reply(Document twiml, String intent) {
    }

    private Reply post(String path, Map<String, String> params) throws Exception {
        String form = params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(TwilioSignature.HEADER, TwilioSignature.sign(TOKEN, PUBLIC_URL + path, params))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as("%s -> %s", path, new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document twiml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
        assertThat(twiml.getDocumentElement().getTagName()).isEqualTo("Response");
        return new Reply(twiml, response.headers().firstValue("Maitre-Intent").orElse(null));
    }

    private static String spoken(Reply reply) {
        return String.join(" ", texts(reply.twiml(), "Say"));
    }

    private static List<String> texts(Document twiml, String tag) {
        List<String> out = new ArrayList<>();
        NodeList nodes = twiml.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }
}
