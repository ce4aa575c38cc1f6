package io.switchboard.platform.tenants;

import io.switchboard.platform.auth.Caller;
import io.switchboard.platform.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Tenants: created and listed by the operator; read and changed by the operator or the tenant's own admin key. */
@RestController
@RequestMapping(path = "/admin/v1/tenants", produces = "application/json")
class TenantAdminController {

    private final Tenants tenants;

    TenantAdminController(Tenants tenants) {
        this.tenants = tenants;
    }

    @PostMapping(consumes = "application/json")
    Mono<ResponseEntity<Tenant>> create(@Valid @RequestBody NewTenant body, ServerWebExchange exchange) {
        Caller caller = Caller.of(exchange);
        caller.requireOperator();
        return tenants.create(body.name().strip(), body.plan(), body.domain(), body.persona(), caller.actor())
                .map(t -> ResponseEntity.created(URI.create("/admin/v1/tenants/" + t.id()))
                        .body(t));
    }

    @GetMapping
    Mono<Page<Tenant>> list(
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
            ServerWebExchange exchange) {
        Caller.of(exchange).requireOperator();
        return tenants.list(offset, limit).map(items -> new Page<>(items, offset, limit));
    }

    @GetMapping("/{id}")
    Mono<Tenant> get(@PathVariable UUID id, ServerWebExchange exchange) {
        Caller.of(exchange).requireTenant(id, "admin");
        return tenants.find(id);
    }

    @PatchMapping(
            path = "/{id}",
            consumes = {"application/json", "application/merge-patch+json"})
    Mono<Tenant> change(@PathVariable UUID id, @Valid @RequestBody TenantPatch body, ServerWebExchange exchange) {
        Caller caller = Caller.of(exchange);
        caller.requireTenant(id, "admin");
        TenantChange change = new TenantChange(body.name(), body.plan(), body.domain(), body.persona(), body.status());
        if (change.touchesOperatorFields() && !(caller instanceof Caller.Operator)) {
            throw ApiProblem.forbidden("Only the platform operator may change a tenant's plan or status");
        }
        return tenants.change(id, change, caller.actor());
    }

    record NewTenant(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 64) String plan,
            @NotBlank @Size(max = 32) String domain,
            @Nullable @Size(max = 4000) String persona) {}

    record TenantPatch(
            @Nullable @Size(min = 1, max = 200) String name,
            @Nullable @Size(min = 1, max = 64) String plan,
            @Nullable @Size(min = 1, max = 32) String domain,
            @Nullable @Size(max = 4000) String persona,

            @Nullable @Pattern(regexp = "active|suspended", message = "must be active or suspended")
            String status) {}

    /** One page of a list. */
    record Page<T>(List<T> items, int offset, int limit) {}
}
