package io.switchboard.worker.internal.runtime;

/** The waiting queue is full; retryable after a short while (HTTP 503 with Retry-After). */
public final class QueueFullException extends RuntimeException {

    public QueueFullException(int limit) {
        super("the worker's queue is full (" + limit + " waiting); retry shortly", null, false, false);
    }
}
