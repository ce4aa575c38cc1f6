package io.switchboard.platform.profiles;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.switchboard.domains.core.DomainKind;
import io.switchboard.domains.core.TenantDomainConfig;
import io.switchboard.platform.PlatformProperties;
import io.switchboard.platform.db.Jdbc;
import io.switchboard.platform.web.ApiProblem;
import io.switchboard.quota.Plan;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tenant profiles for the hot path, read from PostgreSQL on a cache miss only; a change made through the admin
 * API is seen by every replica within the key-cache TTL (the replica that makes it evicts at once).
 */
@Component
public class TenantProfiles {

    private static final String SELECT = """
            SELECT t.id, t.name, t.status, t.domain, t.persona, coalesce(d.settings, '{}') AS settings,
                   p.id AS plan_id, p.display_name, p.base_per_minute, p.min_per_minute, p.max_per_minute,
                   p.coefficient_complexity, p.coefficient_history, p.coefficient_load, p.burst_seconds,
                   p.max_concurrent_streams, p.fail_mode
            FROM tenants t JOIN plans p ON p.id = t.plan_id LEFT JOIN domain_configs d ON d.tenant_id = t.id
            WHERE t.id = ?""";

    private final Jdbc jdbc;
    private final JsonMapper json;
    private final AsyncCache<UUID, TenantProfile> cache;

    TenantProfiles(Jdbc jdbc, JsonMapper json, PlatformProperties properties) {
        this.jdbc = jdbc;
        this.json = json;
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(properties.keyCacheTtl())
                .maximumSize(100_000)
                .buildAsync();
    }

    public Mono<TenantProfile> get(UUID tenantId) {
        return Mono.fromFuture(cache.get(
                        tenantId,
                        (id, executor) -> jdbc.call(db -> db.sql(SELECT)
                                        .param(id)
                                        .query(this::row)
                                        .optional()
                                        .orElse(null))
                                .toFuture()))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Tenant")));
    }

    public void evict(UUID tenantId) {
        cache.synchronous().invalidate(tenantId);
    }

    private TenantProfile row(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Plan plan = PlanRows.plan(rs, "plan_id");
        DomainKind kind = DomainKind.fromId(rs.getString("domain")).orElseThrow();
        String persona = rs.getString("persona");
        TenantDomainConfig base =
                TenantDomainConfig.defaults(id.toString(), kind).withPersona(persona == null ? "" : persona);
        DomainSettings settings = json.readValue(rs.getString("settings"), DomainSettings.class);
        return new TenantProfile(
                id, rs.getString("name"), "active".equals(rs.getString("status")), plan, settings.apply(base));
    }
}
