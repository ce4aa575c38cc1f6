package io.switchboard.platform.webhooks.internal;

import io.switchboard.platform.webhooks.WebhookEvent;
import io.switchboard.platform.webhooks.Webhooks;
import reactor.core.publisher.Mono;

/** {@link Webhooks} on the PostgreSQL queue: publishing commits the deliveries, then nudges the dispatcher. */
final class DurableWebhooks implements Webhooks {

    private final Deliveries deliveries;
    private final Dispatcher dispatcher;

    DurableWebhooks(Deliveries deliveries, Dispatcher dispatcher) {
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
    }

    @Override
    public Mono<Void> publish(WebhookEvent event) {
        return deliveries
                .enqueue(event)
                .doOnNext(queued -> {
                    if (queued > 0) {
                        dispatcher.wakeUp();
                    }
                })
                .then();
    }
}
