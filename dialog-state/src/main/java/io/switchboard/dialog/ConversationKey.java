package io.switchboard.dialog;

import java.util.Objects;
import java.util.UUID;

/** Identifies a conversation within its tenant; every key and row of a conversation is scoped by both. */
public record ConversationKey(UUID tenantId, UUID conversationId) {

    public ConversationKey {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(conversationId, "conversationId");
    }

    public static ConversationKey of(UUID tenantId, UUID conversationId) {
        return new ConversationKey(tenantId, conversationId);
    }
}
