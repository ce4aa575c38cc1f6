package io.switchboard.platform.crm.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.switchboard.platform.PlatformProperties;
import io.switchboard.platform.audit.AuditLog;
import io.switchboard.platform.db.Jdbc;
import io.switchboard.platform.net.Destinations;
import io.switchboard.platform.net.PinnedClient;
import io.switchboard.platform.secrets.StoredSecrets;
import java.net.InetAddress;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the CRM module: the integrations' store, the SSRF-checked signed client and the {@code CrmLookups} bean
 * that serves the finance {@code IdentityVerifier} and the e-commerce {@code Orders} ports.
 */
@Configuration(proxyBeanMethods = false)
class CrmConfiguration {

    /** DNS lookups of the admin API block: they run on a small bounded scheduler of their own. */
    @Bean(destroyMethod = "dispose")
    Destinations crmDestinations(CrmProperties properties) {
        return new Destinations(
                properties.allowedHosts(),
                InetAddress::getAllByName,
                Schedulers.newBoundedElastic(properties.lookupThreads(), 1_000, "switchboard-crm-dns", 60, true));
    }

    @Bean
    Integrations crmIntegrations(Jdbc jdbc, AuditLog audit, StoredSecrets sealed, PlatformProperties platform) {
        return new Integrations(
                jdbc, audit, sealed, platform.keyCacheTtl(), platform.demo().enabled());
    }

    @Bean
    CrmLookups crmLookups(
            Integrations integrations,
            @Qualifier("crmDestinations") Destinations crmDestinations,
            CrmProperties properties,
            JsonMapper json,
            MeterRegistry meters) {
        var client = new CrmClient(
                crmDestinations,
                new PinnedClient(properties.timeout(), properties.connectTimeout(), "Switchboard-CRM/1"),
                json,
                Clock.systemUTC(),
                (int) properties.maxResponseSize().toBytes(),
                properties.timeout(),
                meters,
                new CrmBreakers(properties.breakerFailures(), properties.breakerOpenFor(), System::nanoTime));
        return new CrmLookups(integrations, client, new DemoDirectory(Clock.systemUTC()));
    }
}
