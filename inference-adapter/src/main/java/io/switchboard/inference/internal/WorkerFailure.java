package io.switchboard.inference.internal;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import reactor.netty.http.client.PrematureCloseException;

/** One attempt's failure on one worker, classified once; never leaves the adapter (the public exceptions wrap it). */
final class WorkerFailure extends RuntimeException {

    private final FailureCause cause;
    private final int status;
    private Duration retryAfter = Duration.ZERO;

    WorkerFailure(FailureCause cause, String message) {
        this(cause, 0, message, null);
    }

    WorkerFailure(FailureCause cause, int status, String message, @Nullable Throwable origin) {
        super(message, origin, false, origin != null);
        this.cause = cause;
        this.status = status;
    }

    FailureCause failureCause() {
        return cause;
    }

    int status() {
        return status;
    }

    /** How long the worker asked not to be sent requests ({@code Retry-After} of a 503 or 429), or zero. */
    Duration retryAfter() {
        return retryAfter;
    }

    /** The failure that {@code error} means for the worker that raised it. */
    static WorkerFailure classify(Throwable error) {
        return switch (error) {
            case WorkerFailure failure -> failure;
            case CallNotPermittedException e -> new WorkerFailure(FailureCause.BREAKER_OPEN, 0, "circuit open", e);
            case BulkheadFullException e -> new WorkerFailure(FailureCause.BULKHEAD_FULL, 0, "bulkhead full", e);
            case ConnectException e ->
                new WorkerFailure(FailureCause.CONNECT, 0, "cannot connect: " + e.getMessage(), e);
            case PrematureCloseException e -> lost(e);
            case IOException e -> lost(e);
            default -> new WorkerFailure(FailureCause.PROTOCOL, 0, "unexpected: " + error, error);
        };
    }

    /** The failure an HTTP error status means. */
    static WorkerFailure ofStatus(int status, @Nullable String retryAfterSeconds, String message) {
        FailureCause cause = status == 503 || status == 429
                ? FailureCause.UNAVAILABLE
                : status >= 500 ? FailureCause.SERVER_ERROR : FailureCause.REJECTED;
        WorkerFailure failure = new WorkerFailure(cause, status, "HTTP " + status + ": " + message, null);
        if (cause == FailureCause.UNAVAILABLE
                && retryAfterSeconds != null
                && retryAfterSeconds.strip().matches("\\d{1,6}")) {
            failure.retryAfter = Duration.ofSeconds(Long.parseLong(retryAfterSeconds.strip()));
        }
        return failure;
    }

    private static WorkerFailure lost(Throwable e) {
        return new WorkerFailure(FailureCause.CONNECTION_LOST, 0, "connection lost: " + e.getMessage(), e);
    }
}
