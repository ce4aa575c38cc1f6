package io.switchboard.platform.webhooks.internal;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.switchboard.platform.audit.AuditLog;
import io.switchboard.platform.db.Jdbc;
import io.switchboard.platform.secrets.StoredSecrets;
import io.switchboard.platform.web.ApiProblem;
import io.switchboard.platform.web.ProblemType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import reactor.core.publisher.Mono;

/**
 * The tenants' webhook subscriptions in PostgreSQL. Every query is scoped by tenant, so an id of another tenant is
 * simply not found; every change is audited in its own transaction, without secrets.
 */
final class Subscriptions {

    private static final String SELECT = """
            SELECT id, tenant_id, url, event_types, active, created_at, updated_at,
                   CASE WHEN previous_secret_expires_at > now() THEN previous_secret_expires_at END AS previous_expires
            FROM webhooks""";

    private final Jdbc jdbc;
    private final AuditLog audit;
    private final StoredSecrets sealed;
    private final int maxPerTenant;
    private final AsyncCache<UUID, Set<String>> activeTypes;

    Subscriptions(Jdbc jdbc, AuditLog audit, StoredSecrets sealed, int maxPerTenant, Duration cacheTtl) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.sealed = sealed;
        this.maxPerTenant = maxPerTenant;
        this.activeTypes = Caffeine.newBuilder()
                .expireAfterWrite(cacheTtl)
                .maximumSize(100_000)
                .buildAsync();
    }

    /**
     * The event types the tenant's active webhooks subscribe to, cached for {@code subscription-cache-ttl} so that
     * publishing an event nobody listens to costs no database round trip. This replica's own changes invalidate it
     * at once; another replica's are seen within the TTL.
     */
    Mono<Set<String>> activeEventTypes(UUID tenantId) {
        return Mono.fromFuture(activeTypes.get(
                tenantId,
                (id, executor) -> jdbc.call(db -> Set.copyOf(db.sql(
                                        "SELECT DISTINCT unnest(event_types) FROM webhooks WHERE tenant_id = ? AND active")
                                .param(id)
                                .query(String.class)
                                .list()))
                        .toFuture()));
    }

    Mono<WithSecret> create(UUID tenantId, String url, List<String> eventTypes, String actor) {
        UUID id = UUID.randomUUID();
        String secret = SigningSecrets.mint();
        return jdbc.inTransaction(db -> {
                    db.sql("SELECT id FROM tenants WHERE id = ? FOR UPDATE")
                            .param(tenantId)
                            .query()
                            .listOfRows();
                    long count = db.sql("SELECT count(*) FROM webhooks WHERE tenant_id = ?")
                            .param(tenantId)
                            .query(Long.class)
                            .single();
                    if (count >= maxPerTenant) {
                        throw new ApiProblem(
                                ProblemType.CONFLICT, "A tenant may have at most " + maxPerTenant + " webhooks");
                    }
                    db.sql("INSERT INTO webhooks (id, tenant_id, url, event_types, secret) VALUES (?, ?, ?, ?, ?)")
                            .params(
                                    id,
                                    tenantId,
                                    url,
                                    eventTypes.toArray(String[]::new),
                                    sealed.seal(secret, secretRow(id)))
                            .update();
                    audit.record(
                            db,
                            actor,
                            tenantId,
                            "webhook.created",
                            id.toString(),
                            Map.of("url", url, "eventTypes", eventTypes));
                    return new WithSecret(byId(db, tenantId, id).orElseThrow(), secret);
                })
                .doOnSuccess(created -> activeTypes.synchronous().invalidate(tenantId));
    }

    Mono<List<Webhook>> list(UUID tenantId) {
        return jdbc.call(db -> db.sql(SELECT + " WHERE tenant_id = ? ORDER BY created_at, id")
                .param(tenantId)
                .query(Subscriptions::row)
                .list());
    }

    Mono<Webhook> find(UUID tenantId, UUID id) {
        return jdbc.call(db -> byId(db, tenantId, id).orElse(null)).switchIfEmpty(Mono.error(Subscriptions::notFound));
    }

    Mono<Webhook> change(
            UUID tenantId,
            UUID id,
            @Nullable String url,
            @Nullable List<String> eventTypes,
            @Nullable Boolean active,
            String actor) {
        return jdbc.inTransaction(db -> {
                    int found = db.sql("""
                            UPDATE webhooks SET url = coalesce(?, url), event_types = coalesce(?, event_types),
                                   active = coalesce(?, active), updated_at = now()
                            WHERE tenant_id = ? AND id = ?""")
                            .params(
                                    url,
                                    eventTypes == null ? null : eventTypes.toArray(String[]::new),
                                    active,
                                    tenantId,
                                    id)
                            .update();
                    if (found == 0) {
                        throw notFound();
                    }
                    Map<String, Object> details = new LinkedHashMap<>();
                    Optional.ofNullable(url).ifPresent(u -> details.put("url", u));
                    Optional.ofNullable(eventTypes).ifPresent(t -> details.put("eventTypes", t));
                    Optional.ofNullable(active).ifPresent(a -> details.put("active", a));
                    audit.record(db, actor, tenantId, "webhook.changed", id.toString(), details);
                    return byId(db, tenantId, id).orElseThrow();
                })
                .doOnSuccess(changed -> activeTypes.synchronous().invalidate(tenantId));
    }

    Mono<Boolean> delete(UUID tenantId, UUID id, String actor) {
        return jdbc.inTransaction(db -> {
                    int found = db.sql("DELETE FROM webhooks WHERE tenant_id = ? AND id = ?")
                            .params(tenantId, id)
                            .update();
                    if (found > 0) {
                        audit.record(db, actor, tenantId, "webhook.deleted", id.toString(), Map.of());
                    }
                    return found > 0;
                })
                .doOnSuccess(found -> activeTypes.synchronous().invalidate(tenantId));
    }

    /** A new secret; the current one keeps signing for {@code overlap} (zero ends it at once). */
    Mono<WithSecret> rotate(UUID tenantId, UUID id, Duration overlap, String actor) {
        String secret = SigningSecrets.mint();
        return jdbc.inTransaction(db -> {
            int found = db.sql("""
                            UPDATE webhooks SET previous_secret = secret, secret = ?,
                                   previous_secret_expires_at = now() + ? * interval '1 millisecond', updated_at = now()
                            WHERE tenant_id = ? AND id = ?""")
                    .params(sealed.seal(secret, secretRow(id)), overlap.toMillis(), tenantId, id)
                    .update();
            if (found == 0) {
                throw notFound();
            }
            audit.record(
                    db,
                    actor,
                    tenantId,
                    "webhook.secret_rotated",
                    id.toString(),
                    Map.of("overlapSeconds", overlap.toSeconds()));
            return new WithSecret(byId(db, tenantId, id).orElseThrow(), secret);
        });
    }

    private static Optional<Webhook> byId(JdbcClient db, UUID tenantId, UUID id) {
        return db.sql(SELECT + " WHERE tenant_id = ? AND id = ?")
                .params(tenantId, id)
                .query(Subscriptions::row)
                .optional();
    }

    static ApiProblem notFound() {
        return ApiProblem.notFound("Webhook");
    }

    private static Webhook row(ResultSet rs, int n) throws SQLException {
        return new Webhook(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getString("url"),
                Arrays.asList((String[]) rs.getArray("event_types").getArray()),
                rs.getBoolean("active"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                instant(rs.getTimestamp("previous_expires")));
    }

    static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** What a webhook's stored secrets are bound to: they open only on its own row. */
    static String secretRow(UUID webhookId) {
        return "webhooks.secret " + webhookId;
    }

    /** A webhook with the secret just minted: shown to the caller once, in this response only. */
    record WithSecret(Webhook webhook, String secret) {}
}
