package io.switchboard.domains.finance;

/** The CRM's answer to an identity claim; {@code customerRef} is the tenant's opaque customer reference. */
public record Verification(boolean verified, String customerRef) {

    public static Verification failed() {
        return new Verification(false, "");
    }
}
