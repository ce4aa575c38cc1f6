package io.switchboard.dialog;

import java.util.Objects;

/**
 * The domain plugin's own state, opaque to this module (JSON recommended): pinned entities, which survive window
 * truncation, and the flow's state. Both are kept apart from the window and written only when they change.
 */
public record DomainState(String pinned, String flow) {

    public static final DomainState EMPTY = new DomainState("", "");

    public DomainState {
        Objects.requireNonNull(pinned, "pinned");
        Objects.requireNonNull(flow, "flow");
    }
}
