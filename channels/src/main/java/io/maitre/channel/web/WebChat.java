package io.maitre.channel.web;

import io.maitre.channel.Channel;
import io.maitre.channel.ConversationNotFound;
import io.maitre.channel.ConversationRef;
import io.maitre.channel.MessageHandler;
import io.maitre.channel.Transcript;
import io.maitre.channel.TurnResult;
import io.maitre.channel.UserMessage;
import java.util.Locale;

/**
 * The web chat's use cases, shared by the REST API and the WebSocket: open a session, prove access to one, send a
 * message, read the transcript. Every check runs before the bot is called, so a refused request changes nothing.
 *
 * <p>Access is checked in this order: a missing or malformed token is refused (401); a token that fits the session
 * passes; otherwise an unknown session is reported as such (404) and a known one refuses the token (401). A
 * session's existence is only looked up on that failure path, so the hot path costs one HMAC; a session id
 * carries 128 random bits, so telling that one does not exist reveals nothing usable.
 */
final class WebChat {

    private static final String BEARER = "bearer ";

    private final MessageHandler handler;
    private final SessionTokens tokens;
    private final ChatRateLimits limits;
    private final WebChatProperties properties;

    WebChat(MessageHandler handler, SessionTokens tokens, ChatRateLimits limits, WebChatProperties properties) {
        this.handler = handler;
        this.tokens = tokens;
        this.limits = limits;
        this.properties = properties;
    }

    /** A new session with its token and the bot's greeting. */
    record OpenedSession(String sessionId, String token, TurnResult greeting) {
    }

    OpenedSession open(ChatRequests.OpenRequest request, String clientAddress) {
        limits.sessionRequested(clientAddress);
        String sessionId = tokens.newSessionId();
        String outletId = request.outletId() == null ? properties.defaultOutlet() : request.outletId();
        Locale locale = request.locale() == null ? Locale.ENGLISH : request.locale();
        TurnResult greeting = handler.open(ConversationRef.web(sessionId), outletId, locale);
        return new OpenedSession(sessionId, tokens.tokenFor(sessionId), greeting);
    }

    /** The token of an {@code Authorization: Bearer} header. */
    static String bearerToken(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new CredentialsRejected("Send the session's token as 'Authorization: Bearer <token>'.");
        }
        return authorization.substring(BEARER.length()).trim();
    }

    ConversationRef authorize(String sessionId, String token) {
        if (!SessionTokens.isWellFormedToken(token)) {
            throw new CredentialsRejected("The token is malformed.");
        }
        if (!SessionTokens.isWellFormedSessionId(sessionId)) {
            throw new ConversationNotFound(ConversationRef.web("malformed"));
        }
        ConversationRef conversation = ConversationRef.web(sessionId);
        if (tokens.verify(sessionId, token)) {
            return conversation;
        }
        if (handler.transcript(conversation).isEmpty()) {
            throw new ConversationNotFound(conversation);
        }
        throw new CredentialsRejected("The token is not valid for this session.");
    }

    TurnResult send(ConversationRef conversation, String text) {
        requireAcceptable(text);
        limits.messageSent(conversation.id());
        return handler.handle(new UserMessage(conversation, text, Channel.WEB, null));
    }

    Transcript transcript(ConversationRef conversation) {
        return handler.transcript(conversation).orElseThrow(() -> new ConversationNotFound(conversation));
    }

    private void requireAcceptable(String text) {
        if (text == null) {
            throw new InvalidChatInput("The \"text\" field is required.");
        }
        if (text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            throw new InvalidChatInput("The message is empty.");
        }
        int length = text.codePointCount(0, text.length());
        if (length > properties.maxTextLength()) {
            throw new InvalidChatInput("The message is " + length + " characters long; the limit is "
                    + properties.maxTextLength() + ".");
        }
        if (text.codePoints().anyMatch(c -> Character.getType(c) == Character.SURROGATE)) {
            throw new InvalidChatInput("The message is not valid Unicode.");
        }
    }
}
