package io.switchboard.inference;

import org.jspecify.annotations.Nullable;

/** No worker gave a first token (all failed, none healthy, attempts or retry budget spent, deadline); nothing was streamed. */
public final class NoWorkerAvailableException extends InferenceException {

    public NoWorkerAvailableException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
