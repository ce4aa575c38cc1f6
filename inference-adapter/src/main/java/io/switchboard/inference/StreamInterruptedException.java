package io.switchboard.inference;

import org.jspecify.annotations.Nullable;

/**
 * The stream broke after part of the reply was passed on ({@code chunksDelivered} chunks): the reply is incomplete,
 * and it is not resumed elsewhere, so no text is ever duplicated.
 */
public final class StreamInterruptedException extends InferenceException {

    private final int chunksDelivered;
    private final String worker;

    public StreamInterruptedException(String message, int chunksDelivered, String worker, @Nullable Throwable cause) {
        super(message, cause);
        this.chunksDelivered = chunksDelivered;
        this.worker = worker;
    }

    public int chunksDelivered() {
        return chunksDelivered;
    }

    public String worker() {
        return worker;
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
