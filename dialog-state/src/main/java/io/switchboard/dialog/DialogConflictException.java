package io.switchboard.dialog;

/**
 * Another turn was saved to the conversation after this one's state was loaded; nothing was written. The edge
 * answers 409; the client may send the message again, which then sees the other turn.
 */
public final class DialogConflictException extends DialogException {

    private final long expectedVersion;
    private final long actualVersion;

    public DialogConflictException(ConversationKey key, long expectedVersion, long actualVersion) {
        super(
                "conversation " + key.conversationId() + " is at version " + actualVersion + ", not " + expectedVersion,
                null,
                false);
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
