package io.switchboard.quota.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.switchboard.quota.FailMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks whether Redis is reachable: one warning when an outage begins and one line when it ends (never one per
 * request), a gauge of the state, and a counter of the admissions the plans' fail modes decided, by mode and
 * outcome ({@code switchboard.quota.degraded}).
 */
final class Outages {

    private static final Logger log = LoggerFactory.getLogger(Outages.class);

    private final AtomicReference<@Nullable Instant> since = new AtomicReference<>();
    private final MeterRegistry meters;
    private final Clock clock;

    Outages(MeterRegistry meters, Clock clock) {
        this.meters = meters;
        this.clock = clock;
        Gauge.builder("switchboard.quota.redis.outage", since, s -> s.get() == null ? 0 : 1)
                .description("1 while the quota's Redis is unreachable")
                .register(meters);
    }

    /** Records a failed Redis call; logs only the first one of an outage. */
    void failed(Throwable cause) {
        Instant now = clock.instant();
        if (since.compareAndSet(null, now)) {
            log.warn("quota store unreachable, plans' fail modes apply until it recovers: {}", cause.toString());
        }
    }

    /** Records a successful Redis call; logs the recovery if an outage was in progress. */
    void succeeded() {
        Instant began = since.get();
        if (began != null && since.compareAndSet(began, null)) {
            log.info(
                    "quota store reachable again after {} ms; enforcement in Redis resumed",
                    Duration.between(began, clock.instant()).toMillis());
        }
    }

    boolean ongoing() {
        return since.get() != null;
    }

    /** Counts an admission decided by a plan's fail mode. */
    void decided(FailMode mode, String outcome) {
        Counter.builder("switchboard.quota.degraded")
                .description("admissions decided while the quota store was unreachable")
                .tag("mode", mode.column())
                .tag("outcome", outcome)
                .register(meters)
                .increment();
    }
}
