package io.switchboard.platform.conversations;

import io.switchboard.domains.core.DomainState;
import io.switchboard.domains.core.Entity;
import io.switchboard.domains.core.FlowState;
import io.switchboard.domains.core.pii.PlaceholderBook;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Converts the domain plugin's state to the two opaque blobs dialog-state stores (pinned entities, and the flow
 * with its placeholder book), so the pinned facts are written only when they change.
 */
@Component
class DomainStates {

    private static final TypeReference<List<Entity>> ENTITIES = new TypeReference<>() {};

    private final JsonMapper json;

    DomainStates(JsonMapper json) {
        this.json = json;
    }

    /** The state to store after a turn; {@code asked} is the reason of the question the turn asked, or empty. */
    io.switchboard.dialog.DomainState toStored(DomainState state, String asked) {
        return new io.switchboard.dialog.DomainState(
                json.writeValueAsString(state.pinned()),
                json.writeValueAsString(new Flow(state.flow(), state.book(), state.turns(), asked)));
    }

    /** The domain plugin's state as stored, and what the previous turn asked (for the coherence score). */
    record Restored(DomainState state, String lastAsked) {}

    /** Reads both blobs once per turn. */
    Restored fromStored(io.switchboard.dialog.DomainState stored) {
        if (stored.flow().isEmpty()) {
            return new Restored(DomainState.initial(), "");
        }
        List<Entity> pinned = stored.pinned().isEmpty() ? List.of() : json.readValue(stored.pinned(), ENTITIES);
        Flow flow = json.readValue(stored.flow(), Flow.class);
        return new Restored(
                new DomainState(pinned, flow.flow(), flow.book(), flow.turns()),
                flow.asked() == null ? "" : flow.asked());
    }

    /**
     * The flow blob: where the flow stands, the conversation's placeholder numbering, the turn count, and what the
     * last turn asked (the platform's own, not the plugin's).
     */
    record Flow(
            FlowState flow,
            PlaceholderBook book,
            int turns,
            @org.jspecify.annotations.Nullable String asked) {}
}
