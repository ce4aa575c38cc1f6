package io.switchboard.domains.finance;

import java.util.List;

/** A fixed list of customers standing in for a CRM, for tests and demos: date of birth and card last four must match. */
public final class KnownCustomers implements IdentityVerifier {

    /** One known customer. */
    public record Customer(String ref, String dateOfBirth, String lastFour) {}

    private final List<Customer> customers;

    public KnownCustomers(List<Customer> customers) {
        this.customers = List.copyOf(customers);
    }

    @Override
    public Verification verify(String tenantId, IdentityClaim claim) {
        if (claim.dateOfBirth().isEmpty() || claim.lastFour().isEmpty()) {
            return Verification.failed();
        }
        return customers.stream()
                .filter(c -> c.dateOfBirth().equals(claim.dateOfBirth().get())
                        && c.lastFour().equals(claim.lastFour().get()))
                .findFirst()
                .map(c -> Verification.verified(c.ref()))
                .orElse(Verification.failed());
    }
}
