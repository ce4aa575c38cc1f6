package io.switchboard.platform.profiles;

import io.switchboard.domains.core.Domains;
import io.switchboard.platform.audit.AuditLog;
import io.switchboard.platform.auth.Caller;
import io.switchboard.platform.db.Jdbc;
import io.switchboard.platform.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tenant's domain configuration: the intent threshold, extra intent examples that extend the domain's
 * classifier (retrained for that tenant on its next turn) and plugin settings.
 */
@RestController
@RequestMapping(path = "/admin/v1/tenants/{tenantId}/domain", produces = "application/json")
class DomainAdminController {

    private final Jdbc jdbc;
    private final JsonMapper json;
    private final AuditLog audit;
    private final TenantProfiles profiles;
    private final Domains domains;

    DomainAdminController(Jdbc jdbc, JsonMapper json, AuditLog audit, TenantProfiles profiles, Domains domains) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.profiles = profiles;
        this.domains = domains;
    }

    @GetMapping
    Mono<DomainSettings> get(@PathVariable UUID tenantId, ServerWebExchange exchange) {
        Caller.of(exchange).requireTenant(tenantId, "admin");
        return jdbc.call(db -> db.sql("SELECT settings FROM domain_configs WHERE tenant_id = ?")
                        .param(tenantId)
                        .query(String.class)
                        .optional()
                        .map(s -> json.readValue(s, DomainSettings.class))
                        .orElse(null))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Tenant")));
    }

    @PutMapping(consumes = "application/json")
    Mono<DomainSettings> put(
            @PathVariable UUID tenantId, @Valid @RequestBody SettingsBody body, ServerWebExchange exchange) {
        Caller caller = Caller.of(exchange);
        caller.requireTenant(tenantId, "admin");
        DomainSettings settings = body.toSettings();
        String stored = json.writeValueAsString(settings);
        return jdbc.inTransaction(db -> {
                    int found = db.sql(
                                    "UPDATE domain_configs SET settings = ?::jsonb, updated_at = now() WHERE tenant_id = ?")
                            .params(stored, tenantId)
                            .update();
                    if (found == 0) {
                        throw ApiProblem.notFound("Tenant");
                    }
                    audit.record(
                            db,
                            caller.actor(),
                            tenantId,
                            "domain.configured",
                            tenantId.toString(),
                            Map.of(
                                    "examples",
                                    settings.examples() == null
                                            ? 0
                                            : settings.examples().size()));
                    return settings;
                })
                .doOnNext(s -> {
                    profiles.evict(tenantId);
                    domains.evict(tenantId.toString());
                });
    }

    record SettingsBody(
            @Nullable @DecimalMin("0") @DecimalMax("1") Double intentThreshold,
            @Nullable @Size(max = 2000) List<@Valid ExampleBody> examples,
            @Nullable @Size(max = 50) Map<String, String> settings) {

        DomainSettings toSettings() {
            return new DomainSettings(
                    intentThreshold,
                    examples == null
                            ? null
                            : examples.stream()
                                    .map(e -> new DomainSettings.Example(e.intent(), e.text()))
                                    .toList(),
                    settings);
        }
    }

    record ExampleBody(
            @NotBlank @Size(max = 64) String intent,
            @NotBlank @Size(max = 500) String text) {}
}
