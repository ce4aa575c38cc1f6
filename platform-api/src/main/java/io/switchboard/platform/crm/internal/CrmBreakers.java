package io.switchboard.platform.crm.internal;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A circuit breaker per tenant for its CRM: after {@code threshold} calls in a row without an answer (no connection,
 * timeout, a 5xx), the tenant's CRM is not called for {@code openFor}; then one call is let through to try it again
 * (the others still fail fast), and an answer closes the breaker. A tenant whose CRM is down then costs its turns no
 * wait, and holds none of the domain threads every tenant's inbound step shares.
 */
final class CrmBreakers {

    /** Failures in a row, and until when calls are refused (0: closed). */
    private record State(int failures, long openUntil) {}

    private final int threshold;
    private final long openForNanos;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<UUID, State> states = new ConcurrentHashMap<>();

    CrmBreakers(int threshold, Duration openFor, LongSupplier nanoTime) {
        this.threshold = threshold;
        this.openForNanos = openFor.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Whether the tenant's CRM may be called now; an open breaker whose time is up lets exactly one trial through. */
    boolean allow(UUID tenant) {
        State state = states.get(tenant);
        if (state == null || state.openUntil() == 0) {
            return true;
        }
        long now = nanoTime.getAsLong();
        if (now - state.openUntil() < 0) {
            return false;
        }
        // the trial: re-armed first, so calls that come while it runs keep failing fast
        return states.replace(tenant, state, new State(state.failures(), now + openForNanos));
    }

    void succeeded(UUID tenant) {
        states.remove(tenant);
    }

    void failed(UUID tenant) {
        states.compute(tenant, (t, state) -> {
            int failures = state == null ? 1 : state.failures() + 1;
            long openUntil = failures >= threshold ? nanoTime.getAsLong() + openForNanos : 0;
            return new State(failures, openUntil);
        });
    }
}
