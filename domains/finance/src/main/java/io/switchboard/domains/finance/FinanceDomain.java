package io.switchboard.domains.finance;

import io.switchboard.domains.core.ConfiguredDomain;
import io.switchboard.domains.core.DomainKind;
import io.switchboard.domains.core.DomainPlugin;
import io.switchboard.domains.core.TenantDomainConfig;
import io.switchboard.domains.core.intent.IntentClassifier;
import io.switchboard.domains.core.intent.IntentExample;
import io.switchboard.domains.core.intent.IntentExamples;
import io.switchboard.domains.finance.internal.FinanceFlow;
import java.util.List;
import java.util.Objects;

/** The finance plugin; account answers wait for the tenant's CRM to verify the customer. */
public final class FinanceDomain implements DomainPlugin {

    private static final List<IntentExample> BASE = IntentExamples.fromResource(FinanceDomain.class, "intents.tsv");

    private final IdentityVerifier verifier;

    public FinanceDomain(IdentityVerifier verifier) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    @Override
    public DomainKind kind() {
        return DomainKind.FINANCE;
    }

    @Override
    public ConfiguredDomain configure(TenantDomainConfig config) {
        return new FinanceFlow(config, classifier(config), verifier);
    }

    /** The intent model for a tenant: the base examples plus the tenant's own. */
    public static IntentClassifier classifier(TenantDomainConfig config) {
        return IntentClassifier.train(BASE, config.extraExamples(), config.intentThreshold());
    }
}
