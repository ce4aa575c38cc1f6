package io.switchboard.dialog;

/** Where a loaded {@link Dialog} came from; {@link #LOST} must be told to the client, never hidden. */
public enum Origin {
    /** No state and no transcript: the conversation has had no turn. */
    NEW,
    /** The live state in Redis. */
    LIVE,
    /** Redis had no state; window, summary and domain state were rebuilt from the PostgreSQL transcript. */
    REBUILT,
    /**
     * Redis had no state and the transcript cannot account for every turn the conversation had: the window and
     * summary start empty (turn numbering continues); the edge must tell the client its context was lost.
     */
    LOST
}
