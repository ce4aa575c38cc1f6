package io.switchboard.dialog.internal;

import java.time.Duration;

/**
 * How the outbox writer reads: batch size, how long to block for new entries, how long to linger after a short
 * batch so the next one gathers more, when to claim others' entries.
 */
record OutboxSettings(
        String consumerName, int batchSize, Duration block, Duration linger, Duration claimIdle, Duration maxBackoff) {

    OutboxSettings {
        if (consumerName.isBlank()
                || batchSize < 1
                || block.isNegative()
                || linger.isNegative()
                || claimIdle.isNegative()) {
            throw new IllegalArgumentException("invalid outbox settings: " + consumerName + ", " + batchSize);
        }
    }
}
