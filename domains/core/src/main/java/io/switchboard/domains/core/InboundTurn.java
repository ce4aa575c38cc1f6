package io.switchboard.domains.core;

import io.switchboard.domains.core.pii.RedactedValue;
import java.util.List;

/**
 * A user turn as a plugin sees it: already redacted; the redacted originals are there only for flows that must check
 * them (identity verification) and must never be stored, logged or sent on.
 */
public record InboundTurn(String text, List<RedactedValue> redacted, DomainState state) {

    public InboundTurn {
        redacted = List.copyOf(redacted);
    }
}
