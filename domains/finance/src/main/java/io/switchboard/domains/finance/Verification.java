package io.switchboard.domains.finance;

import java.util.Objects;

/**
 * The CRM's answer to an identity claim. {@code customerRef} is the tenant's opaque customer reference, present only
 * when verified. {@link Status#UNAVAILABLE} means the check could not be made now (the CRM is down, slow or answered
 * nonsense): it says nothing about the customer and must not count as a failed attempt.
 */
public record Verification(Status status, String customerRef) {

    /** The three outcomes of a verification. */
    public enum Status {
        VERIFIED,
        NOT_VERIFIED,
        UNAVAILABLE
    }

    public Verification {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(customerRef, "customerRef");
        if ((status == Status.VERIFIED) == customerRef.isBlank()) {
            throw new IllegalArgumentException("a customer reference comes with, and only with, a verification");
        }
    }

    public static Verification verified(String customerRef) {
        return new Verification(Status.VERIFIED, customerRef);
    }

    public static Verification failed() {
        return new Verification(Status.NOT_VERIFIED, "");
    }

    public static Verification unavailable() {
        return new Verification(Status.UNAVAILABLE, "");
    }

    public boolean verified() {
        return status == Status.VERIFIED;
    }
}
