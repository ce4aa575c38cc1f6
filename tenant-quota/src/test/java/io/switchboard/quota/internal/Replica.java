package io.switchboard.quota.internal;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.switchboard.quota.Quotas;
import io.switchboard.quota.SystemLoad;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import reactor.core.scheduler.Schedulers;

/** One API replica's quota, built the way the auto-configuration builds it, with its own Redis connection. */
final class Replica implements AutoCloseable {

    final RedisLink link;
    final SystemLoad load;
    final Quotas quotas;
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    Replica(QuotaProperties properties, Clock clock) {
        this.link = new RedisLink(properties.redisUri(), properties.redisTimeout());
        this.load = new RedisSystemLoad(link, properties, clock);
        this.quotas = new RedisQuotas(link, load, properties, meters, clock, Schedulers.parallel());
        link.commands().onErrorComplete().block(Duration.ofSeconds(10));
    }

    Replica(QuotaProperties properties) {
        this(properties, Clock.systemUTC());
    }

    static String freshPrefix() {
        return "test:quota:" + UUID.randomUUID();
    }

    static Clock skewed(Duration offset) {
        return Clock.offset(Clock.systemUTC(), offset);
    }

    @Override
    public void close() {
        link.close();
    }
}
