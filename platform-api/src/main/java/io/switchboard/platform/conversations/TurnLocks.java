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
 * before any text is streamed; dialog-state's version check stays as the backstop. Taking the lock also reads the
 * conversation's cached row ({@link ConversationCache}), so a turn needs no PostgreSQL read.
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

    private static final RedisScript<String> ACQUIRE = RedisScript.of("""
            if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
              return redis.call('GET', KEYS[2]) or ''
            end
            return false""", String.class);

    /** A lock taken: its token, and the conversation's cached row read in the same round trip ("" when none). */
    record Lease(String token, String cachedConversation) {}

    /** The lease if taken, empty if another turn holds the lock. */
    Mono<Lease> acquire(UUID tenantId, UUID conversationId) {
        String token = UUID.randomUUID().toString();
        return redis.execute(
                        ACQUIRE,
                        List.of(key(tenantId, conversationId), ConversationCache.key(tenantId, conversationId)),
                        List.of(token, Long.toString(LEASE.toMillis())))
                .next()
                .map(cached -> new Lease(token, cached));
    }

    Mono<Void> release(UUID tenantId, UUID conversationId, String token) {
        return redis.execute(RELEASE, List.of(key(tenantId, conversationId)), List.of(token))
                .then();
    }

    private static String key(UUID tenantId, UUID conversationId) {
        return "sb:{" + tenantId + "}:turnlock:" + conversationId;
    }
}
