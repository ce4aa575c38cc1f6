package io.switchboard.platform.crm.internal;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.switchboard.platform.audit.AuditLog;
import io.switchboard.platform.crm.CrmIntegrations;
import io.switchboard.platform.db.Jdbc;
import io.switchboard.platform.net.OutboundUrl;
import io.switchboard.platform.secrets.StoredSecrets;
import io.switchboard.platform.web.ApiProblem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import reactor.core.publisher.Mono;

/**
 * The tenants' CRM integrations in PostgreSQL, and each tenant's {@link Connection} cached for the hot path: a
 * change made here evicts at once; another replica's change is seen within the cache TTL. Secrets are read only into
 * a {@link Connection}; they are never returned, audited or logged.
 */
final class Integrations implements CrmIntegrations {

    static final String VERIFY_PATH = "/switchboard/v1/identity/verify";
    static final String ORDERS_PATH = "/switchboard/v1/orders/lookup";

    private static final String SELECT = "SELECT kind, base_url, created_at, updated_at FROM crm_integrations";

    private static final Logger log = LoggerFactory.getLogger(Integrations.class);

    private final Jdbc jdbc;
    private final AuditLog audit;
    private final StoredSecrets sealed;
    private final boolean demoEnabled;
    private final AsyncCache<UUID, Connection> connections;

    /** @param demoEnabled whether a {@code demo} integration answers (only while the demo is enabled) */
    Integrations(Jdbc jdbc, AuditLog audit, StoredSecrets sealed, Duration cacheTtl, boolean demoEnabled) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.sealed = sealed;
        this.demoEnabled = demoEnabled;
        this.connections = Caffeine.newBuilder()
                .expireAfterWrite(cacheTtl)
                .maximumSize(100_000)
                .buildAsync();
    }

    /** How to reach the tenant's CRM; {@link Connection.None} when it has none. */
    Mono<Connection> connection(UUID tenantId) {
        return Mono.fromFuture(connections.get(
                tenantId,
                (id, executor) -> jdbc.call(db -> db.sql(
                                        "SELECT kind, base_url, secret FROM crm_integrations" + " WHERE tenant_id = ?")
                                .param(id)
                                .query((rs, n) -> row(id, rs))
                                .optional()
                                .orElse(new Connection.None()))
                        .toFuture()));
    }

    Mono<Integration> find(UUID tenantId) {
        return jdbc.call(db -> byTenant(db, tenantId).orElse(null)).switchIfEmpty(Mono.error(Integrations::notFound));
    }

    /** Creates or replaces the tenant's integration with its own server. */
    Mono<Integration> put(UUID tenantId, String baseUrl, String secret, String actor) {
        return jdbc.inTransaction(db -> {
                    db.sql("""
                            INSERT INTO crm_integrations (tenant_id, kind, base_url, secret) VALUES (?, 'http', ?, ?)
                            ON CONFLICT (tenant_id) DO UPDATE SET kind = 'http', base_url = excluded.base_url,
                                secret = excluded.secret, updated_at = now()""")
                            .params(tenantId, baseUrl, sealed.seal(secret, secretRow(tenantId)))
                            .update();
                    audit.record(
                            db, actor, tenantId, "crm.configured", tenantId.toString(), Map.of("baseUrl", baseUrl));
                    return byTenant(db, tenantId).orElseThrow();
                })
                .doFinally(signal -> evict(tenantId));
    }

    Mono<Boolean> delete(UUID tenantId, String actor) {
        return jdbc.inTransaction(db -> {
                    int found = db.sql("DELETE FROM crm_integrations WHERE tenant_id = ?")
                            .param(tenantId)
                            .update();
                    if (found > 0) {
                        audit.record(db, actor, tenantId, "crm.removed", tenantId.toString(), Map.of());
                    }
                    return found > 0;
                })
                .doFinally(signal -> evict(tenantId));
    }

    @Override
    public Mono<Void> connectDemo(UUID tenantId, String actor) {
        return jdbc.inTransaction(db -> {
                    db.sql("INSERT INTO crm_integrations (tenant_id, kind) VALUES (?, 'demo') ON CONFLICT DO NOTHING")
                            .param(tenantId)
                            .update();
                    audit.record(db, actor, tenantId, "crm.demo_connected", tenantId.toString(), Map.of());
                    return Boolean.TRUE;
                })
                .doFinally(signal -> evict(tenantId))
                .then();
    }

    void evict(UUID tenantId) {
        connections.synchronous().invalidate(tenantId);
    }

    static ApiProblem notFound() {
        return ApiProblem.notFound("CRM integration");
    }

    private Connection row(UUID tenantId, ResultSet rs) throws SQLException {
        if (rs.getString("kind").equals("demo")) {
            return demoEnabled ? new Connection.Demo() : new Connection.None();
        }
        String base = rs.getString("base_url");
        Optional<OutboundUrl> verify = endpoint(base, VERIFY_PATH);
        Optional<OutboundUrl> orders = endpoint(base, ORDERS_PATH);
        if (verify.isEmpty() || orders.isEmpty()) {
            return new Connection.None(); // cannot happen for a URL the admin API accepted
        }
        try {
            return new Connection.Http(
                    verify.get(), orders.get(), sealed.open(rs.getString("secret"), secretRow(tenantId)));
        } catch (IllegalStateException e) {
            log.error("The CRM integration of tenant {} cannot sign its requests: {}", tenantId, e.getMessage());
            return new Connection.None(); // the flows answer as without a CRM until the integration is put again
        }
    }

    /** What a tenant's stored CRM secret is bound to: it opens only on that tenant's row. */
    private static String secretRow(UUID tenantId) {
        return "crm_integrations.secret " + tenantId;
    }

    /** The contract's endpoint {@code path} under a stored base URL (which has no query and no trailing slash). */
    static Optional<OutboundUrl> endpoint(String base, String path) {
        return switch (OutboundUrl.parse(base + path)) {
            case OutboundUrl.Parsed.Valid valid -> Optional.of(valid.url());
            case OutboundUrl.Parsed.Invalid invalid -> Optional.empty();
        };
    }

    private static Optional<Integration> byTenant(JdbcClient db, UUID tenantId) {
        return db.sql(SELECT + " WHERE tenant_id = ?")
                .param(tenantId)
                .query((rs, n) -> new Integration(
                        rs.getString("kind"),
                        rs.getString("base_url"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }
}
