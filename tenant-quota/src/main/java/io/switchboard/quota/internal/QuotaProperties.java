package io.switchboard.quota.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The quota's settings, {@code switchboard.quota.*}, checked when bound so a bad value stops the start-up.
 *
 * @param redisUri the Redis the quota's state lives in (its own connection)
 * @param keyPrefix the first segment of every key (tests give each run its own)
 * @param redisTimeout how long an admission waits for Redis before the plan's fail mode applies
 * @param leaseTtl how long a stream slot lives without renewal (a dead replica's slots free up after this)
 * @param leaseRenewEvery how often {@code keepAlive} renews a live stream's lease (well under the ttl)
 * @param replicas API replicas sharing the quota; the fail-open limiter allows the plan's rate divided by it
 * @param historyReferenceMinutes minutes at the plan's base rate that score a full history ({@code h = 1})
 */
@ConfigurationProperties("switchboard.quota")
record QuotaProperties(
        @DefaultValue("redis://127.0.0.1:6379") String redisUri,
        @DefaultValue("sb:quota") String keyPrefix,
        @DefaultValue("250ms") Duration redisTimeout,
        @DefaultValue("30s") Duration leaseTtl,
        @DefaultValue("10s") Duration leaseRenewEvery,
        @DefaultValue("1") int replicas,
        @DefaultValue("1440") int historyReferenceMinutes,
        @DefaultValue Load load) {

    /**
     * The shared pool-load signal: a value older than {@code freshFor} (Redis time) decays exponentially towards
     * {@code staleDefault} with the given half-life; replicas re-read it every {@code refreshEvery}.
     */
    record Load(
            @DefaultValue("1s") Duration refreshEvery,
            @DefaultValue("10s") Duration freshFor,
            @DefaultValue("30s") Duration halfLife,
            @DefaultValue("0.5") double staleDefault) {

        Load {
            requirePositive("load.refresh-every", refreshEvery);
            requirePositive("load.fresh-for", freshFor);
            requirePositive("load.half-life", halfLife);
            if (!(staleDefault >= 0 && staleDefault <= 1)) {
                throw new IllegalArgumentException("switchboard.quota.load.stale-default must be in [0, 1]");
            }
        }
    }

    QuotaProperties {
        new KeyLayout(keyPrefix);
        requirePositive("redis-timeout", redisTimeout);
        requirePositive("lease-ttl", leaseTtl);
        requirePositive("lease-renew-every", leaseRenewEvery);
        if (leaseRenewEvery.compareTo(leaseTtl.dividedBy(2)) > 0) {
            throw new IllegalArgumentException(
                    "switchboard.quota.lease-renew-every must be at most half of lease-ttl, or leases lapse");
        }
        if (replicas < 1) {
            throw new IllegalArgumentException("switchboard.quota.replicas must be >= 1");
        }
        if (historyReferenceMinutes < 1) {
            throw new IllegalArgumentException("switchboard.quota.history-reference-minutes must be >= 1");
        }
    }

    /** The defaults, against the given Redis and key prefix (for tests and benchmarks). */
    static QuotaProperties defaults(String redisUri, String keyPrefix) {
        return new QuotaProperties(
                redisUri,
                keyPrefix,
                Duration.ofMillis(250),
                Duration.ofSeconds(30),
                Duration.ofSeconds(10),
                1,
                1440,
                new Load(Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(30), 0.5));
    }

    QuotaProperties withLeases(Duration ttl, Duration renewEvery) {
        return new QuotaProperties(
                redisUri, keyPrefix, redisTimeout, ttl, renewEvery, replicas, historyReferenceMinutes, load);
    }

    QuotaProperties withRedisTimeout(Duration timeout) {
        return new QuotaProperties(
                redisUri, keyPrefix, timeout, leaseTtl, leaseRenewEvery, replicas, historyReferenceMinutes, load);
    }

    QuotaProperties withReplicas(int count) {
        return new QuotaProperties(
                redisUri, keyPrefix, redisTimeout, leaseTtl, leaseRenewEvery, count, historyReferenceMinutes, load);
    }

    private static void requirePositive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("switchboard.quota." + name + " must be a positive duration");
        }
    }
}
