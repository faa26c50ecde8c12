package io.maitre.channel.web;

import io.maitre.channel.ConversationRef;
import io.maitre.channel.TurnResult;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The web chat REST API, v1 (docs/api.md). Bodies are read by hand (see {@link ChatRequests}) so that the token is
 * checked before the body and every malformed body gets the same problem detail.
 */
@RestController
@RequestMapping("/api/v1/chat")
class ChatController {

    /** Diagnostic header with the intent the bot understood; not part of the JSON contract. */
    static final String INTENT_HEADER = "Maitre-Intent";
    private static final Pattern HEADER_SAFE = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private final WebChat chat;
    private final ChatRequests requests;

    ChatController(WebChat chat, ChatRequests requests) {
        this.chat = chat;
        this.requests = requests;
    }

    @PostMapping("/sessions")
    ResponseEntity<ChatJson.SessionCreated> open(HttpServletRequest request) throws IOException {
        ChatRequests.OpenRequest open = requests.openRequest(request.getContentType(), request.getInputStream());
        WebChat.OpenedSession session = chat.open(open, request.getRemoteAddr());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{sessionId}")
                .buildAndExpand(session.sessionId())
                .toUri();
        return ResponseEntity.created(location)
                .cacheControl(CacheControl.noStore())
                .body(new ChatJson.SessionCreated(session.sessionId(), session.token(),
                        ChatJson.Message.all(session.greeting().messages())));
    }

    @PostMapping("/sessions/{sessionId}/messages")
    ResponseEntity<ChatJson.Turn> send(@PathVariable String sessionId,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            HttpServletRequest request) throws IOException {
        ConversationRef conversation = chat.authorize(sessionId, WebChat.bearerToken(authorization));
        String text = requests.messageText(request.getContentType(), request.getInputStream());
        TurnResult turn = chat.send(conversation, text);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().cacheControl(CacheControl.noStore());
        if (turn.intent() != null && HEADER_SAFE.matcher(turn.intent()).matches()) {
            response.header(INTENT_HEADER, turn.intent());
        }
        return response.body(ChatJson.Turn.of(turn));
    }

    @GetMapping("/sessions/{sessionId}")
    ResponseEntity<ChatJson.Conversation> transcript(@PathVariable String sessionId,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        ConversationRef conversation = chat.authorize(sessionId, WebChat.bearerToken(authorization));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(ChatJson.Conversation.of(sessionId, chat.transcript(conversation)));
    }

    // The mappings below route every other request under /api/v1/chat here, so that the package's advice answers
    // it with a problem detail instead of the servlet container's error page.

    @RequestMapping("/sessions")
    void sessionsOtherMethods(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
        throw new HttpRequestMethodNotSupportedException(request.getMethod(), List.of("POST"));
    }

    @RequestMapping("/sessions/{sessionId}")
    void sessionOtherMethods(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
        throw new HttpRequestMethodNotSupportedException(request.getMethod(), List.of("GET"));
    }

    @RequestMapping("/sessions/{sessionId}/messages")
    void messagesOtherMethods(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
        throw new HttpRequestMethodNotSupportedException(request.getMethod(), List.of("POST"));
    }

    @RequestMapping("/**")
    void unknown(HttpServletRequest request) throws NoHandlerFoundException {
        throw new NoHandlerFoundException(request.getMethod(), request.getRequestURI(), new HttpHeaders());
    }
}
