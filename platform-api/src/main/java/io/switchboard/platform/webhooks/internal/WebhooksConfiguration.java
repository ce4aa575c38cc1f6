package io.switchboard.platform.webhooks.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.switchboard.platform.audit.AuditLog;
import io.switchboard.platform.db.Jdbc;
import io.switchboard.platform.net.Destinations;
import io.switchboard.platform.net.PinnedClient;
import io.switchboard.platform.secrets.StoredSecrets;
import io.switchboard.platform.webhooks.Webhooks;
import java.net.InetAddress;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/** Builds the webhooks module: the queue, the SSRF-checked sender, the dispatcher and the {@link Webhooks} port. */
@Configuration(proxyBeanMethods = false)
class WebhooksConfiguration {

    /** DNS lookups block: they run on a bounded scheduler of their own, sized like the dispatcher. */
    @Bean(destroyMethod = "dispose")
    Destinations webhookDestinations(WebhooksProperties properties) {
        Scheduler lookups =
                Schedulers.newBoundedElastic(properties.concurrency(), 10_000, "switchboard-webhooks-dns", 60, true);
        return new Destinations(properties.allowedHosts(), InetAddress::getAllByName, lookups);
    }

    @Bean
    Subscriptions webhookSubscriptions(Jdbc jdbc, AuditLog audit, StoredSecrets sealed, WebhooksProperties properties) {
        return new Subscriptions(jdbc, audit, sealed, properties.maxPerTenant(), properties.subscriptionCacheTtl());
    }

    @Bean
    Deliveries webhookDeliveries(Jdbc jdbc, JsonMapper json, StoredSecrets sealed) {
        return new Deliveries(jdbc, json, sealed);
    }

    @Bean
    Dispatcher webhookDispatcher(
            Deliveries deliveries,
            @Qualifier("webhookDestinations") Destinations destinations,
            WebhooksProperties properties,
            MeterRegistry meters) {
        var sender =
                new PinnedClient(properties.attemptTimeout(), properties.connectTimeout(), "Switchboard-Webhooks/1");
        return new Dispatcher(deliveries, destinations, sender, properties, meters);
    }

    @Bean
    Webhooks webhooks(Subscriptions subscriptions, Deliveries deliveries, Dispatcher dispatcher) {
        return new DurableWebhooks(subscriptions, deliveries, dispatcher);
    }
}
