package io.switchboard.quota.internal;

import io.switchboard.quota.QuotaBreakdown;
import io.switchboard.quota.RateLimitStatus;

/**
 * The bucket's integer arithmetic, shared with the scripts: a quota in tokens per minute, a burst of
 * {@code burstSeconds} of it, and a backlog (how far the theoretical arrival time is ahead of Redis's now).
 */
final class Rates {

    static final long MICROS_PER_MINUTE = 60_000_000L;

    private Rates() {}

    /** The quota the bucket enforces, rounded down to a whole token per minute (at least one). */
    static long tokensPerMinute(QuotaBreakdown quota) {
        return Math.max(1, (long) Math.floor(quota.quotaPerMinute() * 1000.0));
    }

    /** What a full bucket holds: {@code burstSeconds} of the quota, rounded down. */
    static long capacityTokens(long tokensPerMinute, int burstSeconds) {
        return tokensPerMinute * burstSeconds / 60;
    }

    static RateLimitStatus status(long tokensPerMinute, int burstSeconds, long backlogMicros) {
        long capacity = capacityTokens(tokensPerMinute, burstSeconds);
        long burstMicros = burstSeconds * 1_000_000L;
        long backlog = Math.max(0, backlogMicros);
        long free = Math.floorDiv((burstMicros - backlog) * tokensPerMinute, MICROS_PER_MINUTE);
        long remaining = Math.max(0, Math.min(capacity, free));
        return new RateLimitStatus(capacity / 1000, remaining / 1000, ceilSeconds(backlog), burstSeconds);
    }

    static long ceilSeconds(long micros) {
        return Math.max(0, Math.ceilDiv(micros, 1_000_000L));
    }
}
