package io.switchboard.dialog;

/** A turn or domain state the store refuses: wrong sequence number, too large, malformed (400). */
public final class InvalidTurnException extends DialogException {

    public InvalidTurnException(String message) {
        super(message, null, false);
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
