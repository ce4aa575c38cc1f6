package io.switchboard.platform.webhooks.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A subscription as the admin API shows it: never its secrets.
 *
 * @param previousSecretExpiresAt until when the secret before the last rotation still signs, if it still does
 */
record Webhook(
        UUID id,
        UUID tenantId,
        String url,
        List<String> eventTypes,
        boolean active,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant previousSecretExpiresAt) {}
