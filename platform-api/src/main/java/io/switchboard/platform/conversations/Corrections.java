package io.switchboard.platform.conversations;

import io.micrometer.core.instrument.MeterRegistry;
import io.switchboard.platform.audit.AuditLog;
import io.switchboard.platform.auth.Caller;
import io.switchboard.platform.db.Jdbc;
import io.switchboard.platform.profiles.TenantProfiles;
import io.switchboard.platform.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Agent corrections, the production side of the quality metrics: an agent (or a reviewer in the CRM) states the
 * intent a turn really had; whether the classifier got it right is counted per domain
 * ({@code switchboard.quality.intent.corrections{domain,correct}}), and the correction is audited.
 */
@RestController
class Corrections {

    private final Jdbc jdbc;
    private final AuditLog audit;
    private final TenantProfiles profiles;
    private final MeterRegistry registry;

    Corrections(Jdbc jdbc, AuditLog audit, TenantProfiles profiles, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.profiles = profiles;
        this.registry = registry;
    }

    @PostMapping(
            path = "/v1/conversations/{id}/corrections",
            consumes = "application/json",
            produces = "application/json")
    Mono<Map<String, Object>> correct(
            @PathVariable UUID id, @Valid @RequestBody Correction body, ServerWebExchange exchange) {
        Caller caller = Caller.of(exchange);
        if (!(caller instanceof Caller.TenantKey key) || !key.scopes().contains("chat")) {
            throw ApiProblem.forbidden("Corrections need a tenant's secret key with the 'chat' scope");
        }
        UUID tenant = key.tenantId();
        return profiles.get(tenant)
                .flatMap(profile -> jdbc.call(db -> {
                    Optional<String> predicted = db.sql("""
                            SELECT coalesce(intent, 'unknown') FROM messages
                            WHERE tenant_id = ? AND conversation_id = ? AND turn_seq = ? AND role = 'user'""")
                            .params(tenant, id, body.turn())
                            .query(String.class)
                            .optional();
                    if (predicted.isEmpty()) {
                        throw ApiProblem.notFound("Turn");
                    }
                    boolean correct = predicted.get().equals(body.intent());
                    audit.record(
                            db,
                            caller.actor(),
                            tenant,
                            "intent.corrected",
                            id + "#" + body.turn(),
                            Map.of("predicted", predicted.get(), "actual", body.intent()));
                    registry.counter(
                                    "switchboard.quality.intent.corrections",
                                    "domain",
                                    profile.domain().kind().id(),
                                    "correct",
                                    Boolean.toString(correct))
                            .increment();
                    return Map.<String, Object>of(
                            "turn",
                            body.turn(),
                            "predicted",
                            predicted.get(),
                            "actual",
                            body.intent(),
                            "correct",
                            correct);
                }));
    }

    record Correction(
            @Min(1) int turn, @NotBlank @Size(max = 64) String intent) {}
}
