package io.switchboard.inference.internal;

import java.util.Locale;

/** Why one attempt on one worker failed; decides failover, retry-budget spending and what the worker is blamed for. */
enum FailureCause {
    CONNECT(true, true, true),
    CONNECTION_LOST(true, true, true),
    UNAVAILABLE(true, true, true),
    SERVER_ERROR(true, true, true),
    ERROR_EVENT(true, true, true),
    PROTOCOL(true, true, true),
    FIRST_TOKEN_TIMEOUT(true, true, true),
    STALL(true, true, true),
    BREAKER_OPEN(true, false, false),
    BULKHEAD_FULL(true, false, false),
    REJECTED(false, true, false);

    private final boolean failover;
    private final boolean requestSent;
    private final boolean workerAtFault;

    FailureCause(boolean failover, boolean requestSent, boolean workerAtFault) {
        this.failover = failover;
        this.requestSent = requestSent;
        this.workerAtFault = workerAtFault;
    }

    /** Another worker may succeed where this one failed. */
    boolean failover() {
        return failover;
    }

    /** The worker received the request, so another try costs the pool real work (and spends retry budget). */
    boolean requestSent() {
        return requestSent;
    }

    /** Counts against the worker's health (circuit breaker, passive ejection). */
    boolean workerAtFault() {
        return workerAtFault;
    }

    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
