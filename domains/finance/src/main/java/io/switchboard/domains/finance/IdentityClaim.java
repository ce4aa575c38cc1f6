package io.switchboard.domains.finance;

import java.util.Optional;

/** What a customer gave to prove who they are; held for one call to the verifier and never stored. */
public record IdentityClaim(Optional<String> dateOfBirth, Optional<String> lastFour) {

    public boolean isEmpty() {
        return dateOfBirth.isEmpty() && lastFour.isEmpty();
    }

    @Override
    public String toString() {
        return "IdentityClaim[redacted]";
    }
}
