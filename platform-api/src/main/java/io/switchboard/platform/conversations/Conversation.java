package io.switchboard.platform.conversations;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A conversation between a tenant's customer and the tenant's agent (the bot, or a human after hand-off). */
public record Conversation(
        UUID id,
        UUID tenantId,
        @Nullable String customerRef,
        String channel,
        ConversationStatus status,
        Map<String, Object> metadata,
        @Nullable String agentRef,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant closedAt) {}
