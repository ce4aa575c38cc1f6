package io.switchboard.domains.core;

import io.switchboard.domains.core.intent.IntentPrediction;
import java.util.List;

/**
 * What the platform gets back for a user turn: the decision, the redacted text (the only form that may be stored or
 * sent to a model), the state to save, what to put in the prompt, and events to publish.
 */
public record InboundResult(
        Decision decision,
        String redactedText,
        DomainState state,
        PromptContext prompt,
        IntentPrediction intent,
        List<Entity> entities,
        List<DomainEvent> events) {

    public InboundResult {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
    }
}
