package io.switchboard.dialog;

/** Redis or PostgreSQL did not answer; nothing is known to have been written (503, retryable). */
public final class DialogUnavailableException extends DialogException {

    public DialogUnavailableException(String message, Throwable cause) {
        super(message, cause, true);
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
