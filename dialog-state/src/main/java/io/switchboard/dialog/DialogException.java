package io.switchboard.dialog;

import org.jspecify.annotations.Nullable;

/** A failure of the dialog store, with a type per meaning and whether trying again may succeed. */
public abstract sealed class DialogException extends RuntimeException
        permits DialogConflictException,
                DialogBusyException,
                ConversationErasedException,
                TranscriptBehindException,
                DialogUnavailableException,
                InvalidTurnException {

    protected DialogException(String message, @Nullable Throwable cause, boolean withStackTrace) {
        super(message, cause, false, withStackTrace);
    }

    /** Whether the same request may succeed later (after a reload, or once a backend is back). */
    public abstract boolean retryable();
}
