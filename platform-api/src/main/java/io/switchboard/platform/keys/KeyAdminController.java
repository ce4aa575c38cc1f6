package io.switchboard.platform.keys;

import io.switchboard.platform.auth.Caller;
import io.switchboard.platform.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** A tenant's keys: issued in full once, listed by prefix, revoked by id. */
@RestController
@RequestMapping(path = "/admin/v1/tenants/{tenantId}/keys", produces = "application/json")
class KeyAdminController {

    static final Set<String> SECRET_SCOPES = Set.of("admin", "chat");

    private final ApiKeys keys;
    private final io.switchboard.platform.tenants.Tenants tenants;

    KeyAdminController(ApiKeys keys, io.switchboard.platform.tenants.Tenants tenants) {
        this.keys = keys;
        this.tenants = tenants;
    }

    @PostMapping(consumes = "application/json")
    Mono<ResponseEntity<NewKeyView>> issue(
            @PathVariable UUID tenantId, @Valid @RequestBody NewKey body, ServerWebExchange exchange) {
        Caller caller = Caller.of(exchange);
        caller.requireTenant(tenantId, "admin");
        KeyKind kind = KeyKind.fromId(body.kind())
                .orElseThrow(() -> ApiProblem.invalid("kind", "must be secret or publishable"));
        Set<String> scopes = new LinkedHashSet<>(body.scopes() == null ? List.of() : body.scopes());
        List<String> origins = body.allowedOrigins() == null
                ? List.of()
                : body.allowedOrigins().stream().map(KeyAdminController::origin).toList();
        if (kind == KeyKind.SECRET) {
            if (scopes.isEmpty() || !SECRET_SCOPES.containsAll(scopes)) {
                throw ApiProblem.invalid("scopes", "a secret key needs one or more of: admin, chat");
            }
            if (!origins.isEmpty()) {
                throw ApiProblem.invalid("allowedOrigins", "only publishable keys have allowed origins");
            }
        } else {
            if (origins.isEmpty()) {
                throw ApiProblem.invalid("allowedOrigins", "a publishable key needs at least one allowed origin");
            }
            if (!scopes.isEmpty() && !scopes.equals(Set.of("widget"))) {
                throw ApiProblem.invalid("scopes", "a publishable key has only the widget scope");
            }
            scopes = Set.of("widget");
        }
        Set<String> finalScopes = scopes;
        return tenants.find(tenantId)
                .then(keys.issue(tenantId, kind, finalScopes, origins, caller.actor()))
                .map(issued -> ResponseEntity.created(URI.create("/admin/v1/tenants/" + tenantId + "/keys/"
                                + issued.key().id()))
                        .body(NewKeyView.of(issued)));
    }

    @GetMapping
    Mono<List<KeyView>> list(@PathVariable UUID tenantId, ServerWebExchange exchange) {
        Caller.of(exchange).requireTenant(tenantId, "admin");
        return tenants.find(tenantId)
                .then(keys.list(tenantId))
                .map(list -> list.stream().map(KeyView::of).toList());
    }

    @DeleteMapping("/{keyId}")
    Mono<ResponseEntity<Void>> revoke(
            @PathVariable UUID tenantId, @PathVariable UUID keyId, ServerWebExchange exchange) {
        Caller caller = Caller.of(exchange);
        caller.requireTenant(tenantId, "admin");
        return keys.revoke(tenantId, keyId, caller.actor()).map(found -> {
            if (!found) {
                throw ApiProblem.notFound("Key");
            }
            return ResponseEntity.noContent().<Void>build();
        });
    }

    private static String origin(String value) {
        try {
            URI uri = URI.create(value);
            boolean plain = (uri.getScheme() != null
                            && (uri.getScheme().equals("https")
                                    || uri.getScheme().equals("http")))
                    && uri.getHost() != null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null
                    && uri.getRawUserInfo() == null;
            if (plain) {
                return value.toLowerCase(java.util.Locale.ROOT);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw ApiProblem.invalid("allowedOrigins", "'" + value + "' is not an origin like https://shop.example.com");
    }

    record NewKey(
            @NotBlank String kind,
            @Nullable @Size(max = 10) List<@NotBlank String> scopes,
            @Nullable @Size(max = 50) List<@NotBlank @Size(max = 300) String> allowedOrigins) {}

    /** A key as listed: its prefix, never the key. */
    record KeyView(
            UUID id,
            String kind,
            String prefix,
            Set<String> scopes,
            List<String> allowedOrigins,
            Instant createdAt,
            @Nullable Instant lastUsedAt,
            @Nullable Instant revokedAt) {
        static KeyView of(ApiKey k) {
            return new KeyView(
                    k.id(),
                    k.kind().id(),
                    k.displayPrefix(),
                    k.scopes(),
                    k.allowedOrigins(),
                    k.createdAt(),
                    k.lastUsedAt(),
                    k.revokedAt());
        }
    }

    /** A key just issued: the only response that carries the key in full. */
    record NewKeyView(
            UUID id,
            String kind,
            String key,
            String prefix,
            Set<String> scopes,
            List<String> allowedOrigins,
            Instant createdAt) {
        static NewKeyView of(IssuedKey issued) {
            ApiKey k = issued.key();
            return new NewKeyView(
                    k.id(),
                    k.kind().id(),
                    issued.secret(),
                    k.displayPrefix(),
                    k.scopes(),
                    k.allowedOrigins(),
                    k.createdAt());
        }
    }
}
