package io.switchboard.domains.core;

/** What the flow decided to do with a turn; only {@link #ANSWER} lets the model speak. */
public enum Action {
    ANSWER,
    ASK,
    REFUSE,
    ESCALATE,
    HANDOFF
}
