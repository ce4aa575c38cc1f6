package io.switchboard.domains.core;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A domain's rules on the model's text: phrases it must never stream (investment advice, a diagnosis), the fixed
 * text that replaces the rest of a reply that breaks them, and how many characters are held back so a phrase can
 * complete before it is released.
 */
public record OutboundPolicy(List<Pattern> forbidden, String replacement, int holdback) {

    public OutboundPolicy {
        forbidden = List.copyOf(forbidden);
        if (holdback < 0) {
            throw new IllegalArgumentException("holdback must be >= 0");
        }
    }

    public static OutboundPolicy none() {
        return new OutboundPolicy(List.of(), " ", 0);
    }
}
