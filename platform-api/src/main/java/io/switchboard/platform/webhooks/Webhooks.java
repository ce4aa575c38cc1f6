package io.switchboard.platform.webhooks;

import java.util.Map;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Publishes platform events to the tenant's webhook subscriptions. Completion means one delivery per matching
 * active subscription is durably queued in PostgreSQL; the HTTP delivery happens later, with retries, and
 * survives restarts.
 */
public interface Webhooks {

    /** Queues {@code event} for every active subscription of its tenant to its type; idempotent per event id. */
    Mono<Void> publish(WebhookEvent event);

    /**
     * Queues a new event; an unknown {@code eventType} fails with {@link IllegalArgumentException}.
     *
     * @param data the event's {@code data} member; values must be JSON-serializable and must hold no PII
     *     beyond what the tenant's transcript already holds
     */
    default Mono<Void> publish(UUID tenantId, String eventType, Map<String, ?> data) {
        return EventType.fromId(eventType)
                .map(type -> publish(WebhookEvent.of(tenantId, type, data)))
                .orElseGet(() -> Mono.error(new IllegalArgumentException("Unknown webhook event type: " + eventType)));
    }
}
