package io.switchboard.dialog;

/** The conversation was erased; it cannot be loaded or continued (the edge answers 410 Gone). */
public final class ConversationErasedException extends DialogException {

    public ConversationErasedException(ConversationKey key) {
        super("conversation " + key.conversationId() + " was erased", null, false);
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
