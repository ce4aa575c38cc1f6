package io.switchboard.inference;

import org.jspecify.annotations.Nullable;

/** Why a chat turn could not be completed; {@link #retryable()} says whether the same turn may succeed later. */
public abstract sealed class InferenceException extends RuntimeException
        permits NoWorkerAvailableException, StreamInterruptedException, InferenceRejectedException {

    protected InferenceException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    public abstract boolean retryable();
}
