package io.switchboard.dialog;

/**
 * Another turn of the conversation has begun ({@link Dialogs#begin}) and not yet ended; nothing was read or written.
 * The edge answers 409 before anything is streamed; the client sends its message again once the other turn ends.
 */
public final class DialogBusyException extends DialogException {

    public DialogBusyException(ConversationKey key) {
        super("another turn of conversation " + key.conversationId() + " is in progress", null, false);
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
