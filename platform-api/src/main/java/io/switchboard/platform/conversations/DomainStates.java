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

    io.switchboard.dialog.DomainState toStored(DomainState state) {
        return new io.switchboard.dialog.DomainState(
                json.writeValueAsString(state.pinned()),
                json.writeValueAsString(new Flow(state.flow(), state.book(), state.turns())));
    }

    DomainState fromStored(io.switchboard.dialog.DomainState stored) {
        if (stored.flow().isEmpty()) {
            return DomainState.initial();
        }
        List<Entity> pinned = stored.pinned().isEmpty() ? List.of() : json.readValue(stored.pinned(), ENTITIES);
        Flow flow = json.readValue(stored.flow(), Flow.class);
        return new DomainState(pinned, flow.flow(), flow.book(), flow.turns());
    }

    /** The flow blob: where the flow stands, the conversation's placeholder numbering, the turn count. */
    record Flow(FlowState flow, PlaceholderBook book, int turns) {}
}
