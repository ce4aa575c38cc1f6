package io.switchboard.domains.core;

import io.switchboard.domains.core.intent.IntentPrediction;
import java.util.List;

/** A plugin's answer to one inbound turn: the decision, what it understood, and the flow's next state. */
public record FlowOutcome(
        Decision decision,
        IntentPrediction intent,
        List<Entity> entities,
        FlowState flow,
        List<String> guidance,
        List<DomainEvent> events) {

    public FlowOutcome {
        entities = List.copyOf(entities);
        guidance = List.copyOf(guidance);
        events = List.copyOf(events);
    }
}
