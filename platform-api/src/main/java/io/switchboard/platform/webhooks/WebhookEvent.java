package io.switchboard.platform.webhooks;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One event as every subscriber receives it: the envelope {@code {id, type, createdAt, tenantId, data}}. The id
 * is what makes publishing idempotent: publishing the same id twice delivers it once per webhook.
 */
public record WebhookEvent(UUID id, EventType type, Instant createdAt, UUID tenantId, Map<String, ?> data) {

    public WebhookEvent {
        data = Map.copyOf(data);
    }

    /** A new event, with a fresh id, stamped now. */
    public static WebhookEvent of(UUID tenantId, EventType type, Map<String, ?> data) {
        return new WebhookEvent(UUID.randomUUID(), type, Instant.now(), tenantId, data);
    }
}
