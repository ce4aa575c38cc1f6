package io.switchboard.platform.crm.internal;

import io.switchboard.domains.ecommerce.OrderLookup;
import io.switchboard.domains.ecommerce.Orders;
import io.switchboard.domains.finance.IdentityClaim;
import io.switchboard.domains.finance.IdentityVerifier;
import io.switchboard.domains.finance.Verification;
import io.switchboard.platform.crm.BlockingLookups;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The finance and e-commerce ports served by each tenant's CRM integration: its own server, the demo directory, or
 * none. The domain flows call it synchronously; it answers only inside {@link BlockingLookups#allow} (on the bounded
 * domain scheduler) and refuses elsewhere before any I/O. It never throws for a CRM or a database that cannot
 * answer, it answers "unavailable".
 */
final class CrmLookups implements IdentityVerifier, Orders {

    private static final Logger log = LoggerFactory.getLogger(CrmLookups.class);
    private static final Duration CONFIG_WAIT = Duration.ofSeconds(5);

    private final Integrations integrations;
    private final CrmClient client;
    private final DemoDirectory demo;

    CrmLookups(Integrations integrations, CrmClient client, DemoDirectory demo) {
        this.integrations = integrations;
        this.client = client;
        this.demo = demo;
    }

    @Override
    public boolean serves(String tenantId) {
        return connection(tenantId).map(c -> !(c instanceof Connection.None)).orElse(true);
    }

    @Override
    public Verification verify(String tenantId, IdentityClaim claim) {
        if (claim.dateOfBirth().isEmpty() || claim.lastFour().isEmpty()) {
            return Verification.failed(); // the contract checks both facts together
        }
        return connection(tenantId)
                .map(connection -> switch (connection) {
                    case Connection.Http http -> client.verify(UUID.fromString(tenantId), http, claim);
                    case Connection.Demo d -> demo.verify(claim);
                    case Connection.None n -> Verification.unavailable();
                })
                .orElseGet(Verification::unavailable);
    }

    @Override
    public OrderLookup find(String tenantId, String orderNumber) {
        return connection(tenantId)
                .map(connection -> switch (connection) {
                    case Connection.Http http -> client.order(UUID.fromString(tenantId), http, orderNumber);
                    case Connection.Demo d -> demo.order(orderNumber);
                    case Connection.None n -> OrderLookup.unavailable();
                })
                .orElseGet(OrderLookup::unavailable);
    }

    /** The tenant's connection, or empty when it cannot be read now (the database is down). */
    private Optional<Connection> connection(String tenantId) {
        if (!BlockingLookups.allowed()) {
            throw new BlockingLookups.Refused();
        }
        UUID id;
        try {
            id = UUID.fromString(tenantId);
        } catch (IllegalArgumentException e) {
            return Optional.of(new Connection.None());
        }
        try {
            return Optional.ofNullable(integrations.connection(id).block(CONFIG_WAIT));
        } catch (RuntimeException e) {
            log.warn("CRM integration of tenant {} could not be read: {}", tenantId, e.toString());
            return Optional.empty();
        }
    }
}
