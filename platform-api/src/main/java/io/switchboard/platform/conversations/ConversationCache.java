package io.switchboard.platform.conversations;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A copy of each active conversation's row in Redis, read by a turn while dialog-state takes the turn and loads its
 * state (the two round trips run at once), so that a turn does not read PostgreSQL. PostgreSQL stays the truth:
 * every status change writes there first, then replaces the copy only if its version is newer (a slower replica
 * cannot put an old status back); an erased conversation leaves a tombstone no late copy can overwrite. A copy not
 * refreshed for {@link #TTL} expires and the next turn reads PostgreSQL again.
 */
@Component
class ConversationCache {

    static final Duration TTL = Duration.ofMinutes(15);
    private static final String ERASED = "erased";

    private static final RedisScript<Long> REMEMBER = RedisScript.of("""
            local current = redis.call('GET', KEYS[1])
            if current then
              if current == 'erased' then return 0 end
              local version = tonumber(string.match(current, '^(%d+)|'))
              if version and version >= tonumber(ARGV[1]) then return 0 end
            end
            redis.call('SET', KEYS[1], ARGV[1] .. '|' .. ARGV[2], 'EX', ARGV[3])
            return 1""", Long.class);

    private final ReactiveStringRedisTemplate redis;
    private final JsonMapper json;

    ConversationCache(ReactiveStringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    /** What a cached value says: absent (read PostgreSQL), erased, or the conversation. */
    sealed interface Cached {
        record Absent() implements Cached {}

        record Erased() implements Cached {}

        record Present(Conversation conversation) implements Cached {}
    }

    /** What the copy of the conversation says, in one {@code GET}. */
    Mono<Cached> read(UUID tenantId, UUID id) {
        return redis.opsForValue().get(key(tenantId, id)).map(this::decode).defaultIfEmpty(new Cached.Absent());
    }

    private Cached decode(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return new Cached.Absent();
        }
        if (value.equals(ERASED)) {
            return new Cached.Erased();
        }
        try {
            return new Cached.Present(json.readValue(value.substring(value.indexOf('|') + 1), Conversation.class));
        } catch (JacksonException e) {
            // a copy this version cannot read (e.g. written by another version during a rolling deploy): the turn
            // reads PostgreSQL instead, and the next status change replaces the copy
            return new Cached.Absent();
        }
    }

    /** Stores {@code conversation} at {@code version} unless the copy there is as new or newer. */
    Mono<Void> remember(Conversation conversation, long version) {
        return redis.execute(
                        REMEMBER,
                        List.of(key(conversation.tenantId(), conversation.id())),
                        List.of(
                                Long.toString(version),
                                json.writeValueAsString(conversation),
                                Long.toString(TTL.toSeconds())))
                .then();
    }

    /** Leaves the tombstone of an erased conversation. */
    Mono<Void> erase(UUID tenantId, UUID id) {
        return redis.opsForValue().set(key(tenantId, id), ERASED, TTL).then();
    }

    static String key(UUID tenantId, UUID id) {
        return "sb:{" + tenantId + "}:conv:" + id;
    }
}
