package io.maitre.channel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import io.maitre.channel.ConversationRef;
import io.maitre.channel.UserMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@WebMvcTest(controllers = ChatController.class, properties = {
        "maitre.web.token-secret=a-test-secret-that-is-long-enough-for-hmac",
        "maitre.web.messages-per-minute=5",
        "maitre.web.sessions-per-minute=3"})
@Import(WebChatConfiguration.class)
class ChatControllerTest {

    private static final String SESSIONS = "/api/v1/chat/sessions";
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final List<String> MESSAGE_KEYS = List.of("text", "expecting", "itemId", "options");
    private static final List<String> CART_KEYS = List.of("lines", "subtotal", "deliveryFee", "tax", "total",
            "currency");
    private static final List<String> LINE_KEYS =
            List.of("lineId", "itemId", "name", "quantity", "options", "unitPrice", "lineTotal", "note");
    private static final List<String> OPTION_KEYS = List.of("group", "id", "name", "qualifier");

    @Autowired
    private MockMvc mvc;
    @Autowired
    private FakeMessageHandler bot;
    @Autowired
    private JsonMapper json;

    private record Session(String id, String token) {
    }

    @BeforeEach
    void forgetConversations() {
        bot.clear();
    }

    // --- opening a session

    @Test
    void opensASessionWithAnEmptyBody() throws Exception {
        MockHttpServletResponse response = perform(post(SESSIONS));

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        Map<String, Object> body = body(response);
        assertThat(body).containsOnlyKeys("sessionId", "token", "messages");
        String sessionId = (String) body.get("sessionId");
        assertThat(sessionId).matches("[A-Za-z0-9_-]{22}");
        assertThat((String) body.get("token")).matches("[A-Za-z0-9_-]{43}");
        assertThat(response.getHeader(HttpHeaders.LOCATION)).endsWith(SESSIONS + "/" + sessionId);
        Map<String, Object> greeting = first(body.get("messages"));
        assertThat(greeting).containsOnlyKeys(MESSAGE_KEYS);
        assertThat(greeting).containsEntry("text", FakeMessageHandler.GREETING)
                .containsEntry("expecting", "item")
                .containsEntry("itemId", null)
                .containsEntry("options", List.of("Large pepperoni pizza", "Menu"));
        assertThat(bot.opened()).containsExactly(ConversationRef.web(sessionId));
    }

    @Test
    void opensASessionForTheNamedOutletAndLocale() throws Exception {
        MockHttpServletResponse response = perform(post(SESSIONS).contentType(MediaType.APPLICATION_JSON)
                .content("{\"outletId\": \"demo\", \"locale\": \"fr-CA\"}"));

        assertThat(response.getStatus()).isEqualTo(201);
        String sessionId = (String) body(response).get("sessionId");
        assertThat(bot.locale(sessionId)).hasValueSatisfying(locale -> assertThat(locale.toLanguageTag())
                .isEqualTo("fr-CA"));
    }

    @Test
    void sessionIdsAndTokensDifferEachTime() throws Exception {
        Session one = open();
        Session two = open();

        assertThat(one.id()).isNotEqualTo(two.id());
        assertThat(one.token()).isNotEqualTo(two.token());
    }

    @Test
    void refusesAnUnknownOutlet() throws Exception {
        MockHttpServletResponse response = perform(post(SESSIONS).contentType(MediaType.APPLICATION_JSON)
                .content("{\"outletId\": \"nowhere\"}"));

        assertProblem(response, 404, "unknown-outlet");
        assertThat(bot.opened()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"outletId\": ", "[1, 2]", "{\"locale\": \"not a tag!\"}", "{\"outletId\": 7}",
            "{\"outletId\": \"\"}", "{\"locale\": 3}", "\"demo\""})
    void refusesAMalformedSessionRequest(String content) throws Exception {
        MockHttpServletResponse response =
                perform(post(SESSIONS).contentType(MediaType.APPLICATION_JSON).content(content));

        assertProblem(response, 400, "bad-input");
        assertThat(bot.opened()).isEmpty();
    }

    @Test
    void refusesASessionRequestThatIsNotJson() throws Exception {
        MockHttpServletResponse response =
                perform(post(SESSIONS).contentType(MediaType.TEXT_PLAIN).content("outlet=demo"));

        assertProblem(response, 415, "unsupported-media-type");
        assertThat(bot.opened()).isEmpty();
    }

    @Test
    void limitsHowManySessionsOneClientStarts() throws Exception {
        String client = nextClient();
        for (int i = 0; i < 3; i++) {
            assertThat(perform(post(SESSIONS).with(from(client))).getStatus()).isEqualTo(201);
        }

        MockHttpServletResponse refused = perform(post(SESSIONS).with(from(client)));

        assertProblem(refused, 429, "rate-limited");
        assertThat(Long.parseLong(refused.getHeader(HttpHeaders.RETRY_AFTER))).isBetween(1L, 60L);
        assertThat(bot.opened()).hasSize(3);
        assertThat(perform(post(SESSIONS).with(from(nextClient()))).getStatus()).isEqualTo(201);
    }

    // --- sending messages

    @Test
    void sendsAMessageAndReturnsTheTurn() throws Exception {
        Session session = open();

        MockHttpServletResponse response = send(session, "{\"text\": \"A large pizza please\"}");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader(ChatController.INTENT_HEADER)).isEqualTo("order.add");
        Map<String, Object> body = body(response);
        assertThat(body).containsOnlyKeys("messages", "cart", "order", "escalated");
        assertThat(body).containsEntry("order", null).containsEntry("escalated", false);
        Map<String, Object> message = first(body.get("messages"));
        assertThat(message).containsOnlyKeys(MESSAGE_KEYS)
                .containsEntry("expecting", "more_items")
                .containsEntry("itemId", null);
        Map<String, Object> cart = map(body.get("cart"));
        assertThat(cart).containsOnlyKeys(CART_KEYS)
                .containsEntry("subtotal", "14.50")
                .containsEntry("deliveryFee", "0.00")
                .containsEntry("tax", "1.16")
                .containsEntry("total", "15.66")
                .containsEntry("currency", "USD");
        Map<String, Object> line = first(cart.get("lines"));
        assertThat(line).containsOnlyKeys(LINE_KEYS)
                .containsEntry("itemId", "pizza")
                .containsEntry("quantity", 1)
                .containsEntry("unitPrice", "14.50")
                .containsEntry("note", null);
        List<Map<String, Object>> options = list(line.get("options"));
        assertThat(options).allSatisfy(option -> assertThat(option).containsOnlyKeys(OPTION_KEYS));
        assertThat(options).extracting(option -> option.get("id") + ":" + option.get("qualifier"))
                .containsExactly("large:null", "pepperoni:null", "olives:none", "cheese:extra");
        assertThat(bot.handled()).extracting(UserMessage::text).containsExactly("A large pizza please");
    }

    @Test
    void aDeliveryOrderCarriesItsFeeInTheTotalAndItsTimeInTheOutletsOffset() throws Exception {
        Session session = open();
        send(session, "{\"text\": \"pizza\"}");

        Map<String, Object> order = map(body(send(session, "{\"text\": \"delivery\"}")).get("order"));

        assertThat(order).containsEntry("subtotal", "14.50").containsEntry("deliveryFee", "3.99")
                .containsEntry("tax", "1.48").containsEntry("total", "19.97");
        assertThat(map(order.get("fulfillment"))).containsEntry("mode", "delivery")
                .containsEntry("time", "2026-12-07T19:00-05:00");
    }

    @Test
    void returnsTheOrderOnceItIsPlaced() throws Exception {
        Session session = open();
        send(session, "{\"text\": \"pizza\"}");

        Map<String, Object> body = body(send(session, "{\"text\": \"pickup\"}"));

        Map<String, Object> order = map(body.get("order"));
        assertThat(order).containsOnlyKeys("orderId", "number", "status", "outletId", "lines", "subtotal",
                "deliveryFee", "tax", "total", "currency", "fulfillment", "customer");
        assertThat(order).containsEntry("number", "A-1042").containsEntry("status", "PLACED")
                .containsEntry("deliveryFee", "0.00");
        assertThat(map(order.get("fulfillment"))).containsOnlyKeys("mode", "time", "address")
                .containsEntry("mode", "pickup").containsEntry("time", null);
        assertThat(map(order.get("customer"))).containsOnlyKeys("name", "phone").containsEntry("phone", null);
        assertThat(first(order.get("lines"))).containsOnlyKeys(LINE_KEYS);
        assertThat(list(body.get("messages"))).hasSize(2);
    }

    @Test
    void reportsWhatAClarificationIsAbout() throws Exception {
        Map<String, Object> message = first(body(send(open(), "{\"text\": \"clarify\"}")).get("messages"));

        assertThat(message).containsEntry("expecting", "size").containsEntry("itemId", "pizza")
                .containsEntry("options", List.of("Small", "Medium", "Large"));
    }

    @Test
    void reportsAnEscalation() throws Exception {
        MockHttpServletResponse response = send(open(), "{\"text\": \"help, a human please\"}");

        assertThat(body(response)).containsEntry("escalated", true);
        assertThat(response.getHeader(ChatController.INTENT_HEADER)).isEqualTo("human.handoff");
    }

    @ParameterizedTest
    @ValueSource(strings = {"🍕🍕🍕", "<script>alert('x')</script><b>bold</b>", "  leading and trailing  ", "é ß 中文"})
    void passesAnyRealTextThroughUnchanged(String text) throws Exception {
        Session session = open();

        MockHttpServletResponse response = send(session, json.writeValueAsString(Map.of("text", text)));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(bot.handled()).extracting(UserMessage::text).containsExactly(text);
    }

    @Test
    void acceptsTextOfExactlyTheLimit() throws Exception {
        Session session = open();

        assertThat(send(session, "{\"text\": \"" + "a".repeat(2000) + "\"}").getStatus()).isEqualTo(200);
        assertThat(send(session, "{\"text\": \"" + "🍕".repeat(2000) + "\"}").getStatus()).isEqualTo(200);
        assertThat(bot.handled()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"text\": \"\"}", "{\"text\": \"   \\n\\t \"}", "{\"text\": \"\\u00a0\\u3000\"}",
            "{}", "{\"text\": null}", "{\"text\": 42}", "{\"text\": [\"hi\"]}", "{\"text\": \"hi\"", "{\"text\": ",
            "not json", "[]", "\"hi\"", "{\"text\": \"a\", \"text\": \"b\"}", "{\"text\": \"hi\"} trailing",
            "{\"text\": \"\\ud83c\"}", "", "   "})
    void refusesBadInputWithoutCallingTheBot(String content) throws Exception {
        MockHttpServletResponse response = send(open(), content);

        assertProblem(response, 400, "bad-input");
        assertThat(bot.handled()).isEmpty();
    }

    @Test
    void refusesTextOverTheLimit() throws Exception {
        MockHttpServletResponse response = send(open(), "{\"text\": \"" + "a".repeat(10_000) + "\"}");

        assertProblem(response, 400, "bad-input");
        assertThat(problem(response).get("detail").toString()).contains("2000");
        assertThat(bot.handled()).isEmpty();
    }

    @Test
    void refusesABodyTooLargeToBeAMessage() throws Exception {
        MockHttpServletResponse response = send(open(), "{\"text\": \"" + "a".repeat(200_000) + "\"}");

        assertProblem(response, 400, "bad-input");
        assertThat(bot.handled()).isEmpty();
    }

    @Test
    void refusesInvalidUtf8() throws Exception {
        Session session = open();
        byte[] prefix = "{\"text\": \"caf".getBytes(StandardCharsets.UTF_8);
        byte[] suffix = "\"}".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[prefix.length + 2 + suffix.length];
        System.arraycopy(prefix, 0, content, 0, prefix.length);
        content[prefix.length] = (byte) 0xC3;
        content[prefix.length + 1] = (byte) 0x28;
        System.arraycopy(suffix, 0, content, prefix.length + 2, suffix.length);

        MockHttpServletResponse response = perform(post(messagesOf(session)).header(HttpHeaders.AUTHORIZATION,
                "Bearer " + session.token()).contentType(MediaType.APPLICATION_JSON).content(content));

        assertProblem(response, 400, "bad-input");
        assertThat(problem(response).get("detail").toString()).contains("UTF-8");
        assertThat(bot.handled()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/xml",
            "application/json; charset=ISO-8859-1", "nonsense"})
    void refusesABodyThatIsNotJson(String contentType) throws Exception {
        Session session = open();

        MockHttpServletResponse response = perform(post(messagesOf(session))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + session.token())
                .header(HttpHeaders.CONTENT_TYPE, contentType)
                .content("{\"text\": \"hi\"}"));

        assertProblem(response, 415, "unsupported-media-type");
        assertThat(bot.handled()).isEmpty();
    }

    @Test
    void acceptsJsonWithoutAContentTypeHeaderOrWithUtf8Charset() throws Exception {
        Session session = open();

        MockHttpServletResponse bare = perform(post(messagesOf(session))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + session.token()).content("{\"text\": \"hi\"}"));
        MockHttpServletResponse withCharset = perform(post(messagesOf(session))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + session.token())
                .header(HttpHeaders.CONTENT_TYPE, "application/json;charset=UTF-8").content("{\"text\": \"hi\"}"));

        assertThat(bare.getStatus()).isEqualTo(200);
        assertThat(withCharset.getStatus()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bearer", "Bearer ", "Bearer short", "Basic dXNlcjpwYXNz",
            "Bearer !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"})
    void refusesAMissingOrMalformedToken(String authorization) throws Exception {
        Session session = open();
        MockHttpServletRequestBuilder request = post(messagesOf(session)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"hi\"}");
        if (!authorization.isEmpty()) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }

        MockHttpServletResponse response = perform(request);

        assertProblem(response, 401, "unauthorized");
        assertThat(response.getHeader(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
        assertThat(bot.handled()).isEmpty();
    }

    @Test
    void refusesOneSessionsTokenOnAnotherSession() throws Exception {
        Session mine = open();
        Session theirs = open();

        MockHttpServletResponse response = send(new Session(theirs.id(), mine.token()), "{\"text\": \"hi\"}");

        assertProblem(response, 401, "unauthorized");
        assertThat(response.getHeader(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
        assertThat(bot.handled()).isEmpty();
    }

    @Test
    void checksTheTokenBeforeTheBody() throws Exception {
        Session session = open();

        MockHttpServletResponse response = perform(post(messagesOf(session)).contentType(MediaType.TEXT_PLAIN)
                .content("garbage"));

        assertProblem(response, 401, "unauthorized");
    }

    @Test
    void reportsAnUnknownSessionWhateverWellFormedTokenComes() throws Exception {
        Session real = open();
        String unknown = "AAAAAAAAAAAAAAAAAAAAAA";

        MockHttpServletResponse withRealToken = send(new Session(unknown, real.token()), "{\"text\": \"hi\"}");
        MockHttpServletResponse withMadeUpToken = send(new Session(unknown, "x".repeat(43)), "{\"text\": \"hi\"}");
        MockHttpServletResponse withOddId = send(new Session("not.an.id", real.token()), "{\"text\": \"hi\"}");

        assertProblem(withRealToken, 404, "session-not-found");
        assertProblem(withMadeUpToken, 404, "session-not-found");
        assertProblem(withOddId, 404, "session-not-found");
        assertThat(bot.handled()).isEmpty();
    }

    @Test
    void reportsASessionThatExpiredDespiteItsValidToken() throws Exception {
        Session session = open();
        bot.clear();

        assertProblem(send(session, "{\"text\": \"hi\"}"), 404, "session-not-found");
    }

    @Test
    void limitsHowFastOneSessionSends() throws Exception {
        Session session = open();
        for (int i = 0; i < 5; i++) {
            assertThat(send(session, "{\"text\": \"hi " + i + "\"}").getStatus()).isEqualTo(200);
        }

        MockHttpServletResponse refused = send(session, "{\"text\": \"one too many\"}");

        assertProblem(refused, 429, "rate-limited");
        assertThat(Long.parseLong(refused.getHeader(HttpHeaders.RETRY_AFTER))).isBetween(1L, 60L);
        assertThat(bot.handled()).hasSize(5);
        assertThat(send(open(), "{\"text\": \"another session is not limited\"}").getStatus()).isEqualTo(200);
    }

    @Test
    void hidesWhatWentWrongInsideTheBot() throws Exception {
        MockHttpServletResponse response = send(open(), "{\"text\": \"boom\"}");

        assertProblem(response, 500, "internal-error");
        assertThat(response.getContentAsString()).doesNotContain("hunter2").doesNotContain("Exception")
                .doesNotContain("at io.maitre");
    }

    // --- reading the transcript

    @Test
    void returnsTheTranscriptCartAndOrder() throws Exception {
        Session session = open();
        send(session, "{\"text\": \"pizza\"}");

        MockHttpServletResponse response = perform(get(SESSIONS + "/" + session.id())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + session.token()));

        assertThat(response.getStatus()).isEqualTo(200);
        Map<String, Object> body = body(response);
        assertThat(body).containsOnlyKeys("sessionId", "messages", "cart", "order", "escalated")
                .containsEntry("sessionId", session.id())
                .containsEntry("order", null)
                .containsEntry("escalated", false);
        List<Map<String, Object>> entries = list(body.get("messages"));
        assertThat(entries).extracting(entry -> entry.get("from")).containsExactly("bot", "customer", "bot");
        assertThat(entries).allSatisfy(entry -> assertThat(entry)
                .containsOnlyKeys("from", "text", "at", "expecting", "itemId", "options"));
        assertThat(entries.get(1)).containsEntry("text", "pizza").containsEntry("expecting", null);
        assertThat(entries.get(0).get("at").toString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(first(map(body.get("cart")).get("lines"))).containsOnlyKeys(LINE_KEYS);
    }

    @Test
    void guardsTheTranscriptLikeMessages() throws Exception {
        Session mine = open();
        Session theirs = open();

        assertProblem(perform(get(SESSIONS + "/" + mine.id())), 401, "unauthorized");
        assertProblem(perform(get(SESSIONS + "/" + theirs.id())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + mine.token())), 401, "unauthorized");
        assertProblem(perform(get(SESSIONS + "/AAAAAAAAAAAAAAAAAAAAAA")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + mine.token())), 404, "session-not-found");
    }

    // --- everything else under the API

    @Test
    void answersUnsupportedMethodsWithProblems() throws Exception {
        Session session = open();

        MockHttpServletResponse onSessions = perform(delete(SESSIONS));
        MockHttpServletResponse onSession = perform(put(SESSIONS + "/" + session.id()));
        MockHttpServletResponse onMessages = perform(get(messagesOf(session)));

        assertProblem(onSessions, 405, "method-not-allowed");
        assertThat(onSessions.getHeader(HttpHeaders.ALLOW)).isEqualTo("POST");
        assertProblem(onSession, 405, "method-not-allowed");
        assertThat(onSession.getHeader(HttpHeaders.ALLOW)).isEqualTo("GET");
        assertProblem(onMessages, 405, "method-not-allowed");
        assertThat(onMessages.getHeader(HttpHeaders.ALLOW)).isEqualTo("POST");
    }

    @Test
    void answersUnknownApiPathsWithProblems() throws Exception {
        assertProblem(perform(get("/api/v1/chat/menus")), 404, "not-found");
        assertProblem(perform(get(SESSIONS + "/x/y/z")), 404, "not-found");
    }

    @Test
    void answersProblemsEvenToClientsThatAskForHtml() throws Exception {
        MockHttpServletResponse response = perform(get(SESSIONS + "/AAAAAAAAAAAAAAAAAAAAAA")
                .accept(MediaType.TEXT_HTML));

        assertProblem(response, 401, "unauthorized");
    }

    // --- helpers

    private Session open() throws Exception {
        Map<String, Object> body = body(perform(post(SESSIONS).with(from(nextClient()))));
        return new Session((String) body.get("sessionId"), (String) body.get("token"));
    }

    private MockHttpServletResponse send(Session session, String content) throws Exception {
        return perform(post(messagesOf(session))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + session.token())
                .contentType(MediaType.APPLICATION_JSON)
                .content(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static String messagesOf(Session session) {
        return SESSIONS + "/" + session.id() + "/messages";
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        return response;
    }

    private static String nextClient() {
        int n = CLIENTS.incrementAndGet();
        return "10.0." + (n / 250) + "." + (n % 250 + 1);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private void assertProblem(MockHttpServletResponse response, int status, String type) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        Map<String, Object> problem = problem(response);
        assertThat(problem).containsEntry("type", "https://maitre.io/problems/" + type)
                .containsEntry("status", status)
                .containsKeys("title", "detail");
        assertThat(problem.get("detail").toString()).isNotBlank();
    }

    private Map<String, Object> problem(MockHttpServletResponse response) throws Exception {
        return body(response);
    }

    private Map<String, Object> body(MockHttpServletResponse response) throws Exception {
        return json.readValue(response.getContentAsString(), new TypeReference<Map<String, Object>>() { });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Map<String, Object>>) value;
    }

    private static Map<String, Object> first(Object value) {
        List<Map<String, Object>> list = list(value);
        assertThat(list).isNotEmpty();
        return list.get(0);
    }
}
