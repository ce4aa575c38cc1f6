package io.switchboard.platform.webhooks;

import java.util.Arrays;
import java.util.Optional;

/** The events a tenant can subscribe to; their names are the wire names in the envelope's {@code type}. */
public enum EventType {
    CONVERSATION_CREATED("conversation.created"),
    CONVERSATION_HANDOFF_REQUESTED("conversation.handoff_requested"),
    CONVERSATION_AGENT_JOINED("conversation.agent_joined"),
    CONVERSATION_CLOSED("conversation.closed"),
    CONVERSATION_ESCALATED("conversation.escalated"),
    MESSAGE_CREATED("message.created");

    private final String id;

    EventType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<EventType> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
