package io.switchboard.platform.crm.internal;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A circuit breaker per tenant and CRM endpoint: after {@code threshold} calls in a row without an answer (no
 * connection, timeout, a 5xx), that endpoint is not called for {@code openFor}; then one call is let through to try
 * it again (the others still fail fast), and an answer closes the breaker. A tenant whose CRM is down then costs its
 * turns no wait, and holds none of the domain threads every tenant's inbound step shares; a tenant that points its
 * integration at another address starts with a closed breaker.
 */
final class CrmBreakers {

    /** Whose endpoint. */
    private record Key(UUID tenant, String endpoint) {}

    /** Failures in a row, and until when calls are refused (0: closed). */
    private record State(int failures, long openUntil) {}

    private final int threshold;
    private final long openForNanos;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<Key, State> states = new ConcurrentHashMap<>();

    CrmBreakers(int threshold, Duration openFor, LongSupplier nanoTime) {
        this.threshold = threshold;
        this.openForNanos = openFor.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Whether the tenant's CRM may be called now; an open breaker whose time is up lets exactly one trial through. */
    boolean allow(UUID tenant, String endpoint) {
        Key key = new Key(tenant, endpoint);
        State state = states.get(key);
        if (state == null || state.openUntil() == 0) {
            return true;
        }
        long now = nanoTime.getAsLong();
        if (now - state.openUntil() < 0) {
            return false;
        }
        // the trial: re-armed first, so calls that come while it runs keep failing fast
        return states.replace(key, state, new State(state.failures(), now + openForNanos));
    }

    void succeeded(UUID tenant, String endpoint) {
        states.remove(new Key(tenant, endpoint));
    }

    void failed(UUID tenant, String endpoint) {
        states.compute(new Key(tenant, endpoint), (k, state) -> {
            int failures = state == null ? 1 : state.failures() + 1;
            long openUntil = failures >= threshold ? nanoTime.getAsLong() + openForNanos : 0;
            return new State(failures, openUntil);
        });
    }
}
