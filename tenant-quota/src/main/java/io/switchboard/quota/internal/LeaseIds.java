package io.switchboard.quota.internal;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Lease ids unique across replicas without touching {@code SecureRandom} on the hot path (it may block on an
 * event loop): a random id per replica, drawn once, and a counter.
 */
final class LeaseIds {

    private final String replica = UUID.randomUUID().toString().substring(0, 13);
    private final AtomicLong counter = new AtomicLong();

    String next() {
        return replica + ":" + Long.toString(counter.incrementAndGet(), 36);
    }
}
