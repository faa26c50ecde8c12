package io.maitre.channel.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.IllformedLocaleException;
import java.util.Locale;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what clients send: request bodies (strictly UTF-8, strictly JSON, bounded in size) and WebSocket frames.
 * Parsing by hand rather than by data binding lets the controller authenticate before it looks at the body and
 * gives every malformed input the same bad-input answer.
 */
final class ChatRequests {

    /** Far above any valid message (2,000 characters escaped as JSON), far below anything that hurts. */
    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final int MAX_OUTLET_ID_LENGTH = 64;
    private static final int MAX_LOCALE_LENGTH = 35;

    private final ObjectReader reader;

    ChatRequests(JsonMapper mapper) {
        this.reader = mapper.reader()
                .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** What a client asks for when it opens a session; either part may be {@code null} for the default. */
    record OpenRequest(String outletId, Locale locale) {
    }

    /** A frame a WebSocket client sends. */
    sealed interface ClientFrame permits Hello, Send {
    }

    /** Attach this socket to a session. */
    record Hello(String sessionId, String token) implements ClientFrame {
    }

    /** Send a message in the attached session. */
    record Send(String text) implements ClientFrame {
    }

    OpenRequest openRequest(String contentType, InputStream body) throws IOException {
        byte[] bytes = read(body);
        if (isBlank(bytes)) {
            return new OpenRequest(null, null);
        }
        requireJson(contentType);
        JsonNode root = parse(decode(bytes));
        if (root.isNull()) {
            return new OpenRequest(null, null);
        }
        requireObject(root);
        return new OpenRequest(outletId(root.get("outletId")), locale(root.get("locale")));
    }

    /** The {@code text} of a message body; its content is judged later, the same way for REST and WebSocket. */
    String messageText(String contentType, InputStream body) throws IOException {
        requireJson(contentType);
        byte[] bytes = read(body);
        if (isBlank(bytes)) {
            throw new InvalidChatInput("The body must be a JSON object with a \"text\" field.");
        }
        JsonNode root = parse(decode(bytes));
        requireObject(root);
        return text(root);
    }

    ClientFrame frame(String payload) {
        JsonNode root = parse(payload);
        requireObject(root);
        JsonNode type = root.get("type");
        String kind = type != null && type.isString() ? type.stringValue() : null;
        if ("hello".equals(kind)) {
            return new Hello(requiredString(root, "sessionId"), requiredString(root, "token"));
        }
        if ("message".equals(kind)) {
            return new Send(text(root));
        }
        throw new InvalidChatInput("A frame's \"type\" must be \"hello\" or \"message\".");
    }

    private static byte[] read(InputStream body) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new InvalidChatInput("The request body is too large.");
        }
        return bytes;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    /** JSON has no charset but UTF-8 (RFC 8259); absent means JSON too, for clients that omit the header. */
    private static void requireJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            throw new UnsupportedContentType("'" + contentType + "'");
        }
        boolean json = "application".equalsIgnoreCase(type.getType())
                && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().endsWith("+json"));
        String charset = type.getParameter("charset");
        boolean utf8 = charset == null || charset.replace("\"", "").equalsIgnoreCase("utf-8")
                || charset.replace("\"", "").equalsIgnoreCase("utf8");
        if (!json || !utf8) {
            throw new UnsupportedContentType(type.toString());
        }
    }

    /** Strict: a malformed byte sequence is refused, never replaced. */
    private static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidChatInput("The body is not valid UTF-8.");
        }
    }

    private JsonNode parse(String json) {
        try {
            return reader.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidChatInput("The body is not well-formed JSON.");
        }
    }

    private static void requireObject(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new InvalidChatInput("The body must be a JSON object.");
        }
    }

    private static String text(JsonNode root) {
        JsonNode text = root.get("text");
        if (text == null || text.isNull()) {
            throw new InvalidChatInput("The \"text\" field is required.");
        }
        if (!text.isString()) {
            throw new InvalidChatInput("The \"text\" field must be a string.");
        }
        return text.stringValue();
    }

    private static String requiredString(JsonNode root, String field) {
        JsonNode value = root.get(field);
        if (value == null || !value.isString() || value.stringValue().isBlank()) {
            throw new InvalidChatInput("The \"" + field + "\" field is required.");
        }
        return value.stringValue();
    }

    private static String outletId(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString() || value.stringValue().isBlank()
                || value.stringValue().length() > MAX_OUTLET_ID_LENGTH) {
            throw new InvalidChatInput("\"outletId\" must be a non-empty string of at most "
                    + MAX_OUTLET_ID_LENGTH + " characters.");
        }
        return value.stringValue();
    }

    private static Locale locale(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        String tag = value.isString() ? value.stringValue() : "";
        if (tag.isBlank() || tag.length() > MAX_LOCALE_LENGTH) {
            throw new InvalidChatInput("\"locale\" must be a language tag such as \"en\" or \"en-US\".");
        }
        try {
            return new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            throw new InvalidChatInput("\"locale\" must be a language tag such as \"en\" or \"en-US\".");
        }
    }
}
