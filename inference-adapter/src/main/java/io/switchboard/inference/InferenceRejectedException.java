package io.switchboard.inference;

import org.jspecify.annotations.Nullable;

/** A worker refused the request itself (HTTP 4xx, e.g. a prompt too long); any worker would, so it is not retried. */
public final class InferenceRejectedException extends InferenceException {

    private final int status;

    public InferenceRejectedException(String message, int status, @Nullable Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
