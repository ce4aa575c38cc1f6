package io.switchboard.inference.internal;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One worker of the pool and what the adapter knows of it: its last health report, our own requests in flight, its
 * circuit breaker and bulkhead, and passive ejection after consecutive failures (for a time that doubles with each
 * ejection in a row, up to a bound).
 */
final class Worker {

    private final WorkerAddress address;
    private final CircuitBreaker breaker;
    private final Bulkhead bulkhead;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger silentChecks = new AtomicInteger();
    private final Ejection ejection;
    private volatile HealthReport health = HealthReport.UNKNOWN;

    Worker(WorkerAddress address, CircuitBreaker breaker, Bulkhead bulkhead, Ejection ejection) {
        this.address = address;
        this.breaker = breaker;
        this.bulkhead = bulkhead;
        this.ejection = ejection;
    }

    WorkerAddress address() {
        return address;
    }

    String id() {
        return address.id();
    }

    CircuitBreaker breaker() {
        return breaker;
    }

    Bulkhead bulkhead() {
        return bulkhead;
    }

    AtomicInteger inFlight() {
        return inFlight;
    }

    HealthReport health() {
        return health;
    }

    /** Takes a health report; a silent check counts only when the one before was silent too. */
    void reported(HealthReport report) {
        if (report == HealthReport.SILENT && silentChecks.incrementAndGet() < 2) {
            return;
        }
        if (report != HealthReport.SILENT) {
            silentChecks.set(0);
        }
        health = report;
    }

    /** Ready by its last report, not ejected, and its breaker lets calls through (or probes them). */
    boolean routable(Instant now) {
        return health.ready() && usableInPanic(now);
    }

    /** Not ejected and its breaker lets calls through: what is left to try when health checks call every worker down. */
    boolean usableInPanic(Instant now) {
        CircuitBreaker.State state = breaker.getState();
        return !ejection.ejected(now)
                && state != CircuitBreaker.State.OPEN
                && state != CircuitBreaker.State.FORCED_OPEN;
    }

    /** The load routing compares: sequences the worker reported plus our own requests in flight on it. */
    int load() {
        return health.sequences() + inFlight.get();
    }

    void succeeded() {
        ejection.succeeded();
    }

    void failed(Instant now) {
        ejection.failed(now);
    }

    /** Keeps the worker out of rotation for the time it asked for ({@code Retry-After}), within the ejection bound. */
    void backOff(Instant now, Duration asked) {
        ejection.holdFor(now, asked);
    }

    /** Passive ejection: after {@code threshold} consecutive failures, out of rotation for a bounded time. */
    static final class Ejection {

        private final int threshold;
        private final Duration base;
        private final Duration max;
        private int consecutiveFailures;
        private int ejectionsInARow;
        private Instant ejectedUntil = Instant.MIN;

        Ejection(int threshold, Duration base, Duration max) {
            this.threshold = threshold;
            this.base = base;
            this.max = max;
        }

        synchronized boolean ejected(Instant now) {
            return now.isBefore(ejectedUntil);
        }

        synchronized void succeeded() {
            consecutiveFailures = 0;
            ejectionsInARow = 0;
        }

        synchronized void holdFor(Instant now, Duration asked) {
            Instant end = now.plus(asked.compareTo(max) > 0 ? max : asked);
            if (end.isAfter(ejectedUntil)) {
                ejectedUntil = end;
            }
        }

        synchronized void failed(Instant now) {
            consecutiveFailures++;
            if (consecutiveFailures >= threshold && !now.isBefore(ejectedUntil)) {
                Duration time = base.multipliedBy(1L << Math.min(ejectionsInARow, 16));
                ejectedUntil = now.plus(time.compareTo(max) > 0 ? max : time);
                ejectionsInARow++;
                consecutiveFailures = 0;
            }
        }
    }
}
