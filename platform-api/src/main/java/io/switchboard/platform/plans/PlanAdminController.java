package io.switchboard.platform.plans;

import io.switchboard.platform.audit.AuditLog;
import io.switchboard.platform.auth.Caller;
import io.switchboard.platform.db.Jdbc;
import io.switchboard.platform.profiles.PlanRows;
import io.switchboard.platform.profiles.TenantProfiles;
import io.switchboard.platform.web.ApiProblem;
import io.switchboard.quota.ConversationSnapshot;
import io.switchboard.quota.FailMode;
import io.switchboard.quota.Plan;
import io.switchboard.quota.QuotaExplanation;
import io.switchboard.quota.Quotas;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Plans, the quota parameters of DESIGN.md's formula: listed and set by the operator; and a tenant's current
 * quota explained term by term, for the operator or the tenant's own admin key (so a tenant can see why it was
 * throttled).
 */
@RestController
@RequestMapping(path = "/admin/v1", produces = "application/json")
class PlanAdminController {

    private static final String SELECT = "SELECT * FROM plans";

    private final Jdbc jdbc;
    private final AuditLog audit;
    private final Quotas quotas;
    private final TenantProfiles profiles;

    PlanAdminController(Jdbc jdbc, AuditLog audit, Quotas quotas, TenantProfiles profiles) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.quotas = quotas;
        this.profiles = profiles;
    }

    @GetMapping("/plans")
    Mono<List<Plan>> list(ServerWebExchange exchange) {
        Caller.of(exchange).requireOperator();
        return jdbc.call(db -> db.sql(SELECT + " ORDER BY base_per_minute")
                .query((rs, n) -> PlanRows.plan(rs, "id"))
                .list());
    }

    /** Creates or replaces a plan; tenants on it get the new parameters within the profile cache's TTL. */
    @PutMapping(path = "/plans/{id}", consumes = "application/json")
    Mono<ResponseEntity<Plan>> put(
            @PathVariable @Pattern(regexp = "[a-z0-9_-]{1,64}") String id,
            @Valid @RequestBody PlanBody body,
            ServerWebExchange exchange) {
        Caller caller = Caller.of(exchange);
        caller.requireOperator();
        Plan plan = body.toPlan(id);
        return jdbc.inTransaction(db -> {
                    boolean existed = db.sql("SELECT EXISTS (SELECT 1 FROM plans WHERE id = ?)")
                            .param(id)
                            .query(Boolean.class)
                            .single();
                    db.sql("""
                    INSERT INTO plans (id, display_name, base_per_minute, min_per_minute, max_per_minute,
                        coefficient_complexity, coefficient_history, coefficient_load, burst_seconds,
                        max_concurrent_streams, fail_mode)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET display_name = excluded.display_name,
                        base_per_minute = excluded.base_per_minute, min_per_minute = excluded.min_per_minute,
                        max_per_minute = excluded.max_per_minute, coefficient_complexity = excluded.coefficient_complexity,
                        coefficient_history = excluded.coefficient_history, coefficient_load = excluded.coefficient_load,
                        burst_seconds = excluded.burst_seconds, max_concurrent_streams = excluded.max_concurrent_streams,
                        fail_mode = excluded.fail_mode, updated_at = now()""")
                            .params(
                                    id,
                                    plan.displayName(),
                                    plan.basePerMinute(),
                                    plan.minPerMinute(),
                                    plan.maxPerMinute(),
                                    plan.coefficientComplexity(),
                                    plan.coefficientHistory(),
                                    plan.coefficientLoad(),
                                    plan.burstSeconds(),
                                    plan.maxConcurrentStreams(),
                                    plan.failMode().column())
                            .update();
                    audit.record(db, caller.actor(), null, existed ? "plan.changed" : "plan.created", id, Map.of());
                    return existed;
                })
                .map(existed -> existed
                        ? ResponseEntity.ok(plan)
                        : ResponseEntity.created(URI.create("/admin/v1/plans/" + id))
                                .body(plan));
    }

    @GetMapping("/tenants/{tenantId}/quota")
    Mono<QuotaExplanation> explain(@PathVariable UUID tenantId, ServerWebExchange exchange) {
        Caller.of(exchange).requireTenant(tenantId, "admin");
        return profiles.get(tenantId)
                .flatMap(p -> quotas.explain(tenantId.toString(), p.plan(), ConversationSnapshot.NONE));
    }

    /** A plan as the admin API takes it; cost units are 1,000 tokens, per minute. */
    record PlanBody(
            @NotBlank @Size(max = 100) String displayName,
            @Positive double basePerMinute,
            @Positive double minPerMinute,
            @Positive double maxPerMinute,
            @DecimalMin("0") @DecimalMax("10") double coefficientComplexity,
            @DecimalMin("0") @DecimalMax("10") double coefficientHistory,
            @DecimalMin("0") @DecimalMax("10") double coefficientLoad,
            @Min(1) @Max(3600) int burstSeconds,
            @Min(1) @Max(100_000) int maxConcurrentStreams,

            @NotNull(message = "must be open or closed")
            @Pattern(regexp = "open|closed", message = "must be open or closed")
            String failMode) {

        Plan toPlan(String id) {
            try {
                return new Plan(
                        id,
                        displayName,
                        basePerMinute,
                        minPerMinute,
                        maxPerMinute,
                        coefficientComplexity,
                        coefficientHistory,
                        coefficientLoad,
                        burstSeconds,
                        maxConcurrentStreams,
                        FailMode.fromColumn(failMode));
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalid("plan", e.getMessage());
            }
        }
    }
}
