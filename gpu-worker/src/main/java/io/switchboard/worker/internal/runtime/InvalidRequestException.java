package io.switchboard.worker.internal.runtime;

import org.jspecify.annotations.Nullable;

/** A request this worker can never serve as sent (HTTP 400); not retryable. */
public final class InvalidRequestException extends RuntimeException {

    private final @Nullable String param;
    private final String code;

    public InvalidRequestException(String message, @Nullable String param, String code) {
        super(message, null, false, false);
        this.param = param;
        this.code = code;
    }

    public @Nullable String param() {
        return param;
    }

    public String code() {
        return code;
    }
}
