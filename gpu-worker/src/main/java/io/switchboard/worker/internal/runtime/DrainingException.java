package io.switchboard.worker.internal.runtime;

/** The worker is shutting down and takes no new request; retryable on another worker. */
public final class DrainingException extends RuntimeException {

    public DrainingException() {
        super("the worker is draining and accepts no new request", null, false, false);
    }
}
