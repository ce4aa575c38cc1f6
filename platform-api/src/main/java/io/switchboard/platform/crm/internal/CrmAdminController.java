package io.switchboard.platform.crm.internal;

import io.switchboard.platform.auth.Caller;
import io.switchboard.platform.net.Destinations;
import io.switchboard.platform.net.OutboundUrl;
import io.switchboard.platform.tenants.Tenants;
import io.switchboard.platform.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A tenant's CRM integration, for the operator or the tenant's {@code admin} key. The base URL must be https (except
 * for hosts on {@code switchboard.crm.allowed-hosts}) and pass the SSRF rules before anything is stored; the shared
 * secret is write-only: no response carries it.
 */
@RestController
@RequestMapping(path = "/admin/v1/tenants/{tenantId}/crm", produces = "application/json")
class CrmAdminController {

    private final Integrations integrations;
    private final Destinations destinations;
    private final Tenants tenants;

    CrmAdminController(
            Integrations integrations, @Qualifier("crmDestinations") Destinations destinations, Tenants tenants) {
        this.integrations = integrations;
        this.destinations = destinations;
        this.tenants = tenants;
    }

    @GetMapping
    Mono<Integration> get(@PathVariable UUID tenantId, ServerWebExchange exchange) {
        Caller.of(exchange).requireTenant(tenantId, "admin");
        return tenants.find(tenantId).then(integrations.find(tenantId));
    }

    @PutMapping(consumes = "application/json")
    Mono<Integration> put(@PathVariable UUID tenantId, @Valid @RequestBody CrmBody body, ServerWebExchange exchange) {
        Caller caller = Caller.of(exchange);
        caller.requireTenant(tenantId, "admin");
        String base = withoutTrailingSlashes(body.baseUrl().strip());
        return tenants.find(tenantId)
                .then(Mono.defer(() -> reachable(base)))
                .then(integrations.put(tenantId, base, body.secret(), caller.actor()));
    }

    @DeleteMapping
    Mono<ResponseEntity<Void>> delete(@PathVariable UUID tenantId, ServerWebExchange exchange) {
        Caller caller = Caller.of(exchange);
        caller.requireTenant(tenantId, "admin");
        return tenants.find(tenantId)
                .then(integrations.delete(tenantId, caller.actor()))
                .map(found -> {
                    if (!found) {
                        throw Integrations.notFound();
                    }
                    return ResponseEntity.noContent().<Void>build();
                });
    }

    /** The base URL is acceptable: a plain https URL (http only on the allow-list) whose host may be reached. */
    private Mono<Void> reachable(String base) {
        return switch (OutboundUrl.parse(base)) {
            case OutboundUrl.Parsed.Invalid invalid -> Mono.error(ApiProblem.invalid("baseUrl", invalid.reason()));
            case OutboundUrl.Parsed.Valid valid -> reachable(valid.url());
        };
    }

    private Mono<Void> reachable(OutboundUrl url) {
        if (url.target().contains("?")) {
            return Mono.error(ApiProblem.invalid("baseUrl", "must not have a query"));
        }
        if (!url.https() && !destinations.allowListed(url.host())) {
            return Mono.error(ApiProblem.invalid("baseUrl", "must be an https URL"));
        }
        return destinations
                .pinLater(url)
                .onErrorMap(Destinations.Refused.class, e -> ApiProblem.invalid("baseUrl", e.getMessage()))
                .then();
    }

    private static String withoutTrailingSlashes(String url) {
        String stripped = url;
        while (stripped.endsWith("/")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }

    /**
     * @param baseUrl where the CRM serves the contract's endpoints ({@code {baseUrl}/switchboard/v1/...})
     * @param secret the shared secret both sides sign with; printable ASCII without spaces
     */
    record CrmBody(
            @NotBlank @Size(max = 2000) String baseUrl,

            @NotBlank
            @Size(min = 16, max = 256)
            @Pattern(regexp = "[\\x21-\\x7e]+", message = "must be printable ASCII without spaces")
            String secret) {

        @Override
        public String toString() {
            return "CrmBody[" + baseUrl + ", secret redacted]";
        }
    }
}
