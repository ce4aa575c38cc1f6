package io.switchboard.platform.keys;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.switchboard.platform.PlatformProperties;
import io.switchboard.platform.audit.AuditLog;
import io.switchboard.platform.db.Jdbc;
import java.nio.ByteBuffer;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The tenants' API keys. Lookups by hash are cached for {@code switchboard.key-cache-ttl} (3 s by default), so
 * a revocation is honoured by every replica within that time without any cross-replica message, and the hot
 * path reads PostgreSQL at most once per key per TTL.
 */
@Component
public class ApiKeys {

    private static final String SELECT = """
            SELECT k.id, k.tenant_id, k.kind, k.display_prefix, k.scopes, k.allowed_origins, k.created_at,
                   k.last_used_at, k.revoked_at, t.status = 'active' AS tenant_active
            FROM api_keys k JOIN tenants t ON t.id = k.tenant_id
            """;

    private final Jdbc jdbc;
    private final AuditLog audit;
    private final AsyncCache<ByteBuffer, Optional<ApiKey>> byHash;
    private final AsyncCache<UUID, Optional<ApiKey>> byId;
    private final Map<UUID, Instant> lastUsed = new ConcurrentHashMap<>();

    ApiKeys(Jdbc jdbc, AuditLog audit, PlatformProperties properties) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.byHash = Caffeine.newBuilder()
                .expireAfterWrite(properties.keyCacheTtl())
                .maximumSize(100_000)
                .buildAsync();
        this.byId = Caffeine.newBuilder()
                .expireAfterWrite(properties.keyCacheTtl())
                .maximumSize(100_000)
                .buildAsync();
    }

    /** The key that {@code presented} is, if it exists; revoked keys are returned too, marked as such. */
    public Mono<Optional<ApiKey>> find(String presented) {
        ByteBuffer hash = ByteBuffer.wrap(KeySecrets.hash(presented));
        return Mono.fromFuture(byHash.get(
                hash,
                (h, executor) -> jdbc.call(db -> db.sql(SELECT + " WHERE k.hash = ?")
                                .param(h.array())
                                .query(ApiKeys::row)
                                .optional())
                        .toFuture()));
    }

    /** The key with this id, if any, cached like lookups by key (the widget's CORS and session checks). */
    public Mono<Optional<ApiKey>> findById(UUID keyId) {
        return Mono.fromFuture(byId.get(
                keyId,
                (id, executor) -> jdbc.call(db -> db.sql(SELECT + " WHERE k.id = ?")
                                .param(id)
                                .query(ApiKeys::row)
                                .optional())
                        .toFuture()));
    }

    /** Notes a use of the key; written to PostgreSQL in batches, not on the request path. */
    public void touch(UUID keyId) {
        lastUsed.put(keyId, Instant.now());
    }

    public Mono<IssuedKey> issue(UUID tenantId, KeyKind kind, Set<String> scopes, List<String> origins, String actor) {
        String secret = KeySecrets.mint(kind);
        UUID id = UUID.randomUUID();
        return jdbc.inTransaction(db -> {
            db.sql(
                            "INSERT INTO api_keys (id, tenant_id, kind, display_prefix, hash, scopes, allowed_origins) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            id,
                            tenantId,
                            kind.id(),
                            KeySecrets.displayPrefix(secret),
                            KeySecrets.hash(secret),
                            scopes.toArray(String[]::new),
                            origins.toArray(String[]::new))
                    .update();
            audit.record(
                    db,
                    actor,
                    tenantId,
                    "key.issued",
                    id.toString(),
                    Map.of("kind", kind.id(), "prefix", KeySecrets.displayPrefix(secret), "scopes", scopes));
            return new IssuedKey(byId(db, tenantId, id).orElseThrow(), secret);
        });
    }

    public Mono<List<ApiKey>> list(UUID tenantId) {
        return jdbc.call(db -> db.sql(SELECT + " WHERE k.tenant_id = ? ORDER BY k.created_at, k.id")
                .param(tenantId)
                .query(ApiKeys::row)
                .list());
    }

    /** Revokes the key; true if it exists in this tenant (revoking twice is harmless). */
    public Mono<Boolean> revoke(UUID tenantId, UUID keyId, String actor) {
        return jdbc.inTransaction(db -> {
                    int found = db.sql(
                                    "UPDATE api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE tenant_id = ? AND id = ?")
                            .params(tenantId, keyId)
                            .update();
                    if (found > 0) {
                        audit.record(db, actor, tenantId, "key.revoked", keyId.toString(), Map.of());
                    }
                    return found > 0;
                })
                .doOnNext(found -> {
                    byHash.synchronous().invalidateAll();
                    byId.synchronous().invalidate(keyId);
                });
    }

    @Scheduled(fixedDelayString = "${switchboard.key-last-used-flush:10s}")
    void flushLastUsed() {
        if (lastUsed.isEmpty()) {
            return;
        }
        List<Map.Entry<UUID, Instant>> batch = List.copyOf(lastUsed.entrySet());
        batch.forEach(e -> lastUsed.remove(e.getKey(), e.getValue()));
        jdbc.call(db -> {
                    for (var e : batch) {
                        db.sql("UPDATE api_keys SET last_used_at = greatest(coalesce(last_used_at, ?), ?) WHERE id = ?")
                                .params(Timestamp.from(e.getValue()), Timestamp.from(e.getValue()), e.getKey())
                                .update();
                    }
                    return batch.size();
                })
                .block();
    }

    private static Optional<ApiKey> byId(JdbcClient db, UUID tenantId, UUID id) {
        return db.sql(SELECT + " WHERE k.tenant_id = ? AND k.id = ?")
                .params(tenantId, id)
                .query(ApiKeys::row)
                .optional();
    }

    private static ApiKey row(ResultSet rs, int n) throws SQLException {
        return new ApiKey(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                KeyKind.fromId(rs.getString("kind")).orElseThrow(),
                rs.getString("display_prefix"),
                new LinkedHashSet<>(strings(rs.getArray("scopes"))),
                strings(rs.getArray("allowed_origins")),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("last_used_at")),
                instant(rs.getTimestamp("revoked_at")),
                rs.getBoolean("tenant_active"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
