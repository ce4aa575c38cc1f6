package io.switchboard.quota.internal;

import io.lettuce.core.ScriptOutputType;
import io.switchboard.quota.LoadReading;
import io.switchboard.quota.SystemLoad;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import reactor.core.publisher.Mono;

/**
 * The pool load kept in one Redis hash stamped with Redis time; each replica caches its last reading and
 * refreshes it in the background at most every {@code refreshEvery}, so admissions read it from memory.
 */
final class RedisSystemLoad implements SystemLoad {

    private static final LuaScript PUBLISH = LuaScript.load("load-publish.lua", ScriptOutputType.INTEGER);
    private static final LuaScript READ = LuaScript.load("load-read.lua", ScriptOutputType.MULTI);

    private final RedisLink redis;
    private final String[] key;
    private final LoadDecay decay;
    private final Duration refreshEvery;
    private final Duration timeout;
    private final Clock clock;
    private final AtomicReference<Cached> cached;
    private final AtomicBoolean refreshing = new AtomicBoolean();

    RedisSystemLoad(RedisLink redis, QuotaProperties properties, Clock clock) {
        this.redis = redis;
        this.key = new KeyLayout(properties.keyPrefix()).load();
        this.decay = LoadDecay.of(properties.load());
        this.refreshEvery = properties.load().refreshEvery();
        this.timeout = properties.redisTimeout();
        this.clock = clock;
        this.cached = new AtomicReference<>(new Cached(decay.reading(null, Duration.ZERO), Instant.MIN));
    }

    @Override
    public Mono<Void> publish(double load) {
        if (!(load >= 0 && load <= 1)) {
            return Mono.error(new IllegalArgumentException("load must be in [0, 1], not " + load));
        }
        String ttl = Long.toString(decay.keyTtl().toMillis());
        return redis.commands()
                .flatMap(c -> PUBLISH.<Long>run(c, key, Double.toString(load), ttl))
                .timeout(timeout)
                .then();
    }

    @Override
    public Mono<LoadReading> read() {
        return redis.commands()
                .flatMap(c -> READ.<List<Object>>run(c, key))
                .timeout(timeout)
                .map(this::toReading)
                .doOnNext(r -> cached.set(new Cached(r, clock.instant())));
    }

    @Override
    public LoadReading current() {
        Cached c = cached.get();
        Duration sinceFetch =
                c.fetchedAt == Instant.MIN ? refreshEvery : Duration.between(c.fetchedAt, clock.instant());
        if (sinceFetch.compareTo(refreshEvery) >= 0 && refreshing.compareAndSet(false, true)) {
            read().doFinally(s -> refreshing.set(false)).subscribe(r -> {}, e -> {});
        }
        if (sinceFetch.isNegative()) {
            sinceFetch = Duration.ZERO;
        }
        Duration age = c.reading.age().plus(sinceFetch);
        return decay.reading(c.reading.published(), age);
    }

    private LoadReading toReading(List<Object> reply) {
        if (reply.isEmpty()) {
            return decay.reading(null, Duration.ZERO);
        }
        double value = Double.parseDouble((String) reply.get(0));
        return decay.reading(value, Duration.ofNanos((Long) reply.get(1) * 1000));
    }

    private record Cached(LoadReading reading, Instant fetchedAt) {}
}
