package io.switchboard.platform.conversations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.switchboard.domains.core.Action;
import io.switchboard.domains.core.InboundResult;
import org.springframework.stereotype.Component;

/**
 * The multi-turn coherence score: the share of turns in which the agent did not ask again for something the
 * conversation had already settled. A turn counts against coherence when the flow asks a question for the same
 * reason as the turn before it (the customer is asked the same thing twice in a row) or asks for a fact type
 * that is already pinned. {@code switchboard.coherence.turns{domain,coherent}}; the score is
 * {@code coherent="true"} over all, per domain (see docs/monitoring.md).
 */
@Component
class Coherence {

    private final MeterRegistry registry;

    Coherence(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(String domain, String previousAsk, InboundResult turn) {
        boolean coherent = true;
        if (turn.decision().action() == Action.ASK) {
            String asked = turn.decision().reason();
            boolean alreadyPinned = turn.state().pinned().stream().anyMatch(e -> asked.contains(e.type()));
            coherent = !alreadyPinned && !asked.equals(previousAsk);
        }
        Counter.builder("switchboard.coherence.turns")
                .description("Turns, by whether they avoided asking again for a settled fact")
                .tags("domain", domain, "coherent", Boolean.toString(coherent))
                .register(registry)
                .increment();
    }
}
