package io.switchboard.domains.finance;

/**
 * The port to a tenant's CRM that checks identity facts; the finance flow answers account questions only after it.
 * Implementations answer {@link Verification#unavailable()} rather than throw when the CRM cannot be asked.
 */
@FunctionalInterface
public interface IdentityVerifier {

    Verification verify(String tenantId, IdentityClaim claim);

    /**
     * Whether this tenant's customers can be verified at all (the tenant has connected a CRM). When not, the flow
     * hands account questions to a human without asking the customer for personal data it could not check.
     */
    default boolean serves(String tenantId) {
        return true;
    }
}
