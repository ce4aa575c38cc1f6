package io.switchboard.platform.conversations;

import io.switchboard.platform.web.ApiProblem;
import io.switchboard.platform.web.ProblemType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} for sends: the first request with a key runs the turn and stores what it answered; a
 * retry with the same key gets the same answer replayed instead of a second turn; a retry while the first is still
 * running gets 409. A first attempt that failed before answering forgets the key, so it can be retried.
 */
@Component
class Idempotency {

    private static final String PENDING = "pending";
    private static final TypeReference<List<Recorded>> RECORDS = new TypeReference<>() {};

    private final ReactiveStringRedisTemplate redis;
    private final JsonMapper json;
    private final ChatProperties properties;

    Idempotency(ReactiveStringRedisTemplate redis, JsonMapper json, ChatProperties properties) {
        this.redis = redis;
        this.json = json;
        this.properties = properties;
    }

    /** An event as stored for replay. */
    record Recorded(String event, Object data) {}

    /** Empty if this request runs the turn; the stored answer if an earlier request with the key completed. */
    Mono<Optional<List<Recorded>>> begin(UUID tenantId, UUID conversationId, String idempotencyKey) {
        if (idempotencyKey.isBlank() || idempotencyKey.length() > 255) {
            return Mono.error(ApiProblem.invalid("Idempotency-Key", "must be 1 to 255 characters"));
        }
        String key = key(tenantId, conversationId, idempotencyKey);
        return redis.opsForValue()
                .setIfAbsent(key, PENDING, properties.idempotencyTtl())
                .flatMap(first -> {
                    if (first) {
                        return Mono.just(Optional.<List<Recorded>>empty());
                    }
                    return redis.opsForValue().get(key).defaultIfEmpty(PENDING).map(stored -> {
                        if (PENDING.equals(stored)) {
                            throw new ApiProblem(
                                    ProblemType.CONFLICT,
                                    "A request with this Idempotency-Key is still being answered");
                        }
                        return Optional.of(json.readValue(stored, RECORDS));
                    });
                });
    }

    Mono<Void> complete(UUID tenantId, UUID conversationId, String idempotencyKey, List<Recorded> answer) {
        return redis.opsForValue()
                .set(
                        key(tenantId, conversationId, idempotencyKey),
                        json.writeValueAsString(answer),
                        properties.idempotencyTtl())
                .then();
    }

    Mono<Void> forget(UUID tenantId, UUID conversationId, String idempotencyKey) {
        return redis.delete(key(tenantId, conversationId, idempotencyKey)).then();
    }

    private static String key(UUID tenantId, UUID conversationId, String idempotencyKey) {
        return "sb:{" + tenantId + "}:idem:" + conversationId + ":" + sha256(idempotencyKey);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
