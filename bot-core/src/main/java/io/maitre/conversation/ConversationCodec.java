package io.maitre.conversation;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Turns conversations into JSON and back, so every store keeps copies, never live objects. */
@Component
public class ConversationCodec {

    private final JsonMapper mapper;

    public ConversationCodec(JsonMapper mapper) {
        this.mapper = mapper;
    }

    public String write(Conversation conversation) {
        return mapper.writeValueAsString(conversation);
    }

    public Conversation read(String json) {
        return mapper.readValue(json, Conversation.class);
    }
}
