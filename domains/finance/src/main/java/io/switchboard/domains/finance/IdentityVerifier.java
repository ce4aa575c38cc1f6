package io.switchboard.domains.finance;

/** The port to a tenant's CRM that checks identity facts; the finance flow answers account questions only after it. */
@FunctionalInterface
public interface IdentityVerifier {

    Verification verify(String tenantId, IdentityClaim claim);
}
