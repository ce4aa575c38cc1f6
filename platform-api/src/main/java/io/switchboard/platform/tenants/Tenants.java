package io.switchboard.platform.tenants;

import io.switchboard.domains.core.DomainKind;
import io.switchboard.platform.audit.AuditLog;
import io.switchboard.platform.db.Jdbc;
import io.switchboard.platform.web.ApiProblem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The tenants, in PostgreSQL; every change is audited in the same transaction. */
@Component
public class Tenants {

    private static final String SELECT =
            "SELECT id, name, plan_id, domain, persona, status, created_at, updated_at FROM tenants";

    private final Jdbc jdbc;
    private final AuditLog audit;

    Tenants(Jdbc jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public Mono<Tenant> create(String name, String plan, String domain, @Nullable String persona, String actor) {
        UUID id = UUID.randomUUID();
        return jdbc.inTransaction(db -> {
            checkPlanAndDomain(db, plan, domain);
            db.sql("INSERT INTO tenants (id, name, plan_id, domain, persona) VALUES (?, ?, ?, ?, ?)")
                    .params(id, name, plan, domain, persona)
                    .update();
            db.sql("INSERT INTO domain_configs (tenant_id, domain) VALUES (?, ?)")
                    .params(id, domain)
                    .update();
            audit.record(
                    db,
                    actor,
                    id,
                    "tenant.created",
                    id.toString(),
                    Map.of("name", name, "plan", plan, "domain", domain));
            return byId(db, id).orElseThrow();
        });
    }

    public Mono<Tenant> find(UUID id) {
        return jdbc.call(db -> byId(db, id).orElse(null))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Tenant")));
    }

    public Mono<List<Tenant>> list(int offset, int limit) {
        return jdbc.call(db -> db.sql(SELECT + " ORDER BY created_at, id OFFSET ? LIMIT ?")
                .params(offset, limit)
                .query(Tenants::row)
                .list());
    }

    public Mono<Boolean> any() {
        return jdbc.call(db -> db.sql("SELECT EXISTS (SELECT 1 FROM tenants)")
                .query(Boolean.class)
                .single());
    }

    public Mono<Tenant> change(UUID id, TenantChange change, String actor) {
        return jdbc.inTransaction(db -> {
            Tenant current = byId(db, id).orElseThrow(() -> ApiProblem.notFound("Tenant"));
            String plan = change.plan() != null ? change.plan() : current.plan();
            String domain = change.domain() != null ? change.domain() : current.domain();
            checkPlanAndDomain(db, plan, domain);
            db.sql("""
                    UPDATE tenants SET name = coalesce(?, name), plan_id = ?, domain = ?, persona = coalesce(?, persona),
                           status = coalesce(?, status), updated_at = now() WHERE id = ?""")
                    .params(change.name(), plan, domain, change.persona(), change.status(), id)
                    .update();
            if (!domain.equals(current.domain())) {
                db.sql("UPDATE domain_configs SET domain = ?, settings = '{}', updated_at = now() WHERE tenant_id = ?")
                        .params(domain, id)
                        .update();
            }
            audit.record(db, actor, id, "tenant.changed", id.toString(), changedFields(change));
            return byId(db, id).orElseThrow();
        });
    }

    private static void checkPlanAndDomain(JdbcClient db, String plan, String domain) {
        if (DomainKind.fromId(domain).isEmpty()) {
            throw ApiProblem.invalid("domain", "must be one of finance, ecommerce, medical");
        }
        boolean planExists = db.sql("SELECT EXISTS (SELECT 1 FROM plans WHERE id = ?)")
                .param(plan)
                .query(Boolean.class)
                .single();
        if (!planExists) {
            throw ApiProblem.invalid("plan", "no plan named '" + plan + "'");
        }
    }

    private static Map<String, Object> changedFields(TenantChange c) {
        var fields = new java.util.LinkedHashMap<String, Object>();
        if (c.name() != null) fields.put("name", c.name());
        if (c.plan() != null) fields.put("plan", c.plan());
        if (c.domain() != null) fields.put("domain", c.domain());
        if (c.persona() != null) fields.put("persona", "(changed)");
        if (c.status() != null) fields.put("status", c.status());
        return fields;
    }

    private static Optional<Tenant> byId(JdbcClient db, UUID id) {
        return db.sql(SELECT + " WHERE id = ?").param(id).query(Tenants::row).optional();
    }

    private static Tenant row(ResultSet rs, int n) throws SQLException {
        return new Tenant(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("plan_id"),
                rs.getString("domain"),
                rs.getString("persona"),
                rs.getString("status"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
