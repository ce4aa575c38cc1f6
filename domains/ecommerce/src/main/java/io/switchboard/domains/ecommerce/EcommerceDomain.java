package io.switchboard.domains.ecommerce;

import io.switchboard.domains.core.ConfiguredDomain;
import io.switchboard.domains.core.DomainKind;
import io.switchboard.domains.core.DomainPlugin;
import io.switchboard.domains.core.TenantDomainConfig;
import io.switchboard.domains.core.intent.IntentClassifier;
import io.switchboard.domains.core.intent.IntentExample;
import io.switchboard.domains.core.intent.IntentExamples;
import io.switchboard.domains.ecommerce.internal.EcommerceFlow;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The e-commerce plugin. Tenant settings: {@code return_window_days} (default 30) and {@code catalog} (comma-separated
 * product names to recognise besides the built-in ones).
 */
public final class EcommerceDomain implements DomainPlugin {

    private static final List<IntentExample> BASE = IntentExamples.fromResource(EcommerceDomain.class, "intents.tsv");

    private final Orders orders;
    private final Clock clock;

    public EcommerceDomain(Orders orders, Clock clock) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public DomainKind kind() {
        return DomainKind.ECOMMERCE;
    }

    @Override
    public ConfiguredDomain configure(TenantDomainConfig config) {
        return new EcommerceFlow(config, classifier(config), orders, clock);
    }

    /** The intent model for a tenant: the base examples plus the tenant's own. */
    public static IntentClassifier classifier(TenantDomainConfig config) {
        return IntentClassifier.train(BASE, config.extraExamples(), config.intentThreshold());
    }
}
