package io.switchboard.domains.core;

/** One domain (finance, e-commerce, medical); configured per tenant into a {@link ConfiguredDomain}. */
public interface DomainPlugin {

    DomainKind kind();

    /** Builds the tenant's domain (trains its intent model on the base plus the tenant's examples). */
    ConfiguredDomain configure(TenantDomainConfig config);
}
