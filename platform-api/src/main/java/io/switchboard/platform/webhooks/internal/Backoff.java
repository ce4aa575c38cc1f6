package io.switchboard.platform.webhooks.internal;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Delay before the next attempt: {@code initial × multiplier^(attempts-1)}, capped, with "equal jitter" (a
 * random point in the upper half), so receivers that fail together are not retried in lockstep.
 */
record Backoff(Duration initial, Duration max, double multiplier) {

    static Backoff of(WebhooksProperties properties) {
        return new Backoff(properties.initialBackoff(), properties.maxBackoff(), properties.backoffMultiplier());
    }

    /** The ceiling of the delay after {@code attempts} failed attempts (1 or more). */
    Duration ceiling(int attempts) {
        double millis = initial.toMillis() * Math.pow(multiplier, Math.max(0, attempts - 1));
        return Duration.ofMillis((long) Math.min(millis, max.toMillis()));
    }

    Duration after(int attempts) {
        long ceiling = Math.max(1, ceiling(attempts).toMillis());
        long half = ceiling / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(ceiling - half + 1));
    }
}
