package io.switchboard.platform.webhooks.internal;

import io.switchboard.platform.webhooks.WebhookEvent;
import io.switchboard.platform.webhooks.Webhooks;
import reactor.core.publisher.Mono;

/**
 * {@link Webhooks} on the PostgreSQL queue: publishing commits the deliveries, then nudges the dispatcher; an event
 * no active webhook of the tenant subscribes to is dropped without touching the database.
 */
final class DurableWebhooks implements Webhooks {

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final Dispatcher dispatcher;

    DurableWebhooks(Subscriptions subscriptions, Deliveries deliveries, Dispatcher dispatcher) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
    }

    @Override
    public Mono<Void> publish(WebhookEvent event) {
        return subscriptions
                .activeEventTypes(event.tenantId())
                .filter(types -> types.contains(event.type().id()))
                .flatMap(types -> deliveries.enqueue(event))
                .doOnNext(queued -> {
                    if (queued > 0) {
                        dispatcher.wakeUp();
                    }
                })
                .then();
    }
}
