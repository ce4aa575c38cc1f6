package io.switchboard.platform.conversations;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * One turn at a time per conversation, across replicas: a lease in Redis taken before the turn starts and
 * released when it ends (or expires if the replica dies). A second concurrent send is refused at once with 409,
 * before any text is streamed; dialog-state's version check stays as the backstop.
 */
@Component
class TurnLocks {

    private static final RedisScript<Long> RELEASE = RedisScript.of(
            "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end",
            Long.class);
    static final Duration LEASE = Duration.ofMinutes(3);

    private final ReactiveStringRedisTemplate redis;

    TurnLocks(ReactiveStringRedisTemplate redis) {
        this.redis = redis;
    }

    /** The lock's token if taken, empty if another turn holds it. */
    Mono<String> acquire(UUID tenantId, UUID conversationId) {
        String token = UUID.randomUUID().toString();
        return redis.opsForValue()
                .setIfAbsent(key(tenantId, conversationId), token, LEASE)
                .filter(Boolean::booleanValue)
                .map(ok -> token);
    }

    Mono<Void> release(UUID tenantId, UUID conversationId, String token) {
        return redis.execute(RELEASE, List.of(key(tenantId, conversationId)), List.of(token))
                .then();
    }

    private static String key(UUID tenantId, UUID conversationId) {
        return "sb:{" + tenantId + "}:turnlock:" + conversationId;
    }
}
