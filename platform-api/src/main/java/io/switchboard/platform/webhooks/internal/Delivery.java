package io.switchboard.platform.webhooks.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of a webhook's delivery log.
 *
 * @param nextAttemptAt when the next attempt is due, while the delivery is pending
 */
record Delivery(
        UUID id,
        UUID eventId,
        String eventType,
        String status,
        int attempts,
        @Nullable Integer responseStatus,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant lastAttemptAt,
        @Nullable Instant nextAttemptAt,
        @Nullable Instant deliveredAt) {}
