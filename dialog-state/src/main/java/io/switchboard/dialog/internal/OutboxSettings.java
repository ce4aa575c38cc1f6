package io.switchboard.dialog.internal;

import java.time.Duration;

/** How the outbox writer reads: batch size, how long to block for new entries, when to claim others'. */
record OutboxSettings(String consumerName, int batchSize, Duration block, Duration claimIdle, Duration maxBackoff) {

    OutboxSettings {
        if (consumerName.isBlank() || batchSize < 1 || block.isNegative() || claimIdle.isNegative()) {
            throw new IllegalArgumentException("invalid outbox settings: " + consumerName + ", " + batchSize);
        }
    }
}
