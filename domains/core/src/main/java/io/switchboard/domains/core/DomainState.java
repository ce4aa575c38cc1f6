package io.switchboard.domains.core;

import io.switchboard.domains.core.pii.PlaceholderBook;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A conversation's domain state, carried from turn to turn by the dialog state: pinned entities (bounded, so the
 * state does not grow with the conversation), the flow's state and the PII placeholder numbering.
 */
public record DomainState(List<Entity> pinned, FlowState flow, PlaceholderBook book, int turns) {

    /** At most this many values are pinned per entity type; the newest win. */
    public static final int PER_TYPE = 3;
    /** At most this many entities are pinned in all. */
    public static final int MAX_PINNED = 24;

    public DomainState {
        pinned = List.copyOf(pinned);
    }

    public static DomainState initial() {
        return new DomainState(List.of(), FlowState.idle(), PlaceholderBook.newConversation(), 0);
    }

    /** The latest pinned value of a type, if any. */
    public java.util.Optional<String> latest(String type) {
        for (int i = pinned.size() - 1; i >= 0; i--) {
            if (pinned.get(i).type().equals(type)) {
                return java.util.Optional.of(pinned.get(i).value());
            }
        }
        return java.util.Optional.empty();
    }

    /** This state with new entities pinned after the old ones, deduplicated and bounded. */
    public DomainState pin(List<Entity> found) {
        Map<Entity, Boolean> ordered = new LinkedHashMap<>();
        for (Entity e : pinned) {
            ordered.put(e, true);
        }
        for (Entity e : found) {
            ordered.remove(e);
            ordered.put(e, true);
        }
        List<Entity> all = new ArrayList<>(ordered.keySet());
        List<Entity> kept = new ArrayList<>();
        Map<String, Integer> perType = new LinkedHashMap<>();
        for (int i = all.size() - 1; i >= 0 && kept.size() < MAX_PINNED; i--) {
            Entity e = all.get(i);
            if (perType.merge(e.type(), 1, Integer::sum) <= PER_TYPE) {
                kept.addFirst(e);
            }
        }
        return new DomainState(kept, flow, book, turns);
    }

    public DomainState withFlow(FlowState next) {
        return new DomainState(pinned, next, book, turns);
    }

    public DomainState withBook(PlaceholderBook next) {
        return new DomainState(pinned, flow, next, turns);
    }

    public DomainState nextTurn() {
        return new DomainState(pinned, flow, book, turns + 1);
    }
}
