package io.switchboard.quota;

/**
 * What the quota needs to know about the conversation at hand to score its complexity {@code c}; the platform
 * builds it from the dialog state it has already loaded, so computing {@code c} costs no I/O.
 *
 * @param turns turns so far in the conversation
 * @param pinnedEntities entities pinned in the state (facts carried across the window)
 * @param promptTokens tokens of the prompt this turn will send
 * @param flowActive whether a domain flow (a triage, a refund) is in progress
 */
public record ConversationSnapshot(int turns, int pinnedEntities, int promptTokens, boolean flowActive) {

    /** No conversation: an admin look-up, or a request outside a dialog; scores {@code c = 0}. */
    public static final ConversationSnapshot NONE = new ConversationSnapshot(0, 0, 0, false);

    /** Turns at which the turn term saturates. */
    static final int TURNS_SATURATION = 20;
    /** Pinned entities at which the entity term saturates. */
    static final int ENTITIES_SATURATION = 12;
    /** Prompt tokens at which the prompt term saturates. */
    static final int PROMPT_TOKENS_SATURATION = 8_000;

    public ConversationSnapshot {
        if (turns < 0 || pinnedEntities < 0 || promptTokens < 0) {
            throw new IllegalArgumentException("turns, pinned entities and prompt tokens must be >= 0");
        }
    }

    /**
     * The complexity {@code c} in [0, 1]: a weighted mean of four saturating terms (prompt tokens 0.35, turns
     * 0.30, pinned entities 0.20, an active flow 0.15), each non-decreasing in its input.
     */
    public double complexity() {
        double c = 0.35 * saturate(promptTokens, PROMPT_TOKENS_SATURATION)
                + 0.30 * saturate(turns, TURNS_SATURATION)
                + 0.20 * saturate(pinnedEntities, ENTITIES_SATURATION)
                + (flowActive ? 0.15 : 0.0);
        return Math.min(1.0, c);
    }

    private static double saturate(int value, int saturation) {
        return Math.min(1.0, (double) value / saturation);
    }
}
