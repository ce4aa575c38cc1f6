package io.switchboard.dialog;

/**
 * The conversation's Redis state is gone while some of its turns are still in the outbox, not yet in
 * PostgreSQL: rebuilding now would forget them, so the load is refused until the writer catches up (503 with
 * Retry-After).
 */
public final class TranscriptBehindException extends DialogException {

    private final long pendingTurns;

    public TranscriptBehindException(ConversationKey key, long pendingTurns) {
        super(
                "conversation " + key.conversationId() + " has " + pendingTurns + " turns not yet in the transcript",
                null,
                false);
        this.pendingTurns = pendingTurns;
    }

    public long pendingTurns() {
        return pendingTurns;
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
