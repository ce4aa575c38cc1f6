package io.switchboard.platform.auth;

import io.switchboard.platform.PlatformProperties;
import io.switchboard.platform.keys.ApiKey;
import io.switchboard.platform.keys.ApiKeys;
import io.switchboard.platform.keys.KeyKind;
import io.switchboard.platform.keys.KeySecrets;
import io.switchboard.platform.web.ApiProblem;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Establishes the {@link Caller} of every request under {@code /admin/} and {@code /v1/} from its bearer
 * key: the operator key, or a tenant's secret key. Anything else is 401; a publishable key, meant for web
 * pages, is 403 here. Keys are compared through their SHA-256 hashes, in constant time.
 */
@Component
class Authentication implements WebFilter, Ordered {

    private static final List<String> PROTECTED = List.of("/admin/", "/v1/");
    private static final String BEARER = "Bearer ";

    private final ApiKeys keys;
    private final byte @Nullable [] operatorKeyHash;

    Authentication(ApiKeys keys, PlatformProperties properties) {
        this.keys = keys;
        this.operatorKeyHash = properties.operatorKey().isBlank() ? null : KeySecrets.hash(properties.operatorKey());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (PROTECTED.stream().noneMatch(path::startsWith)) {
            return chain.filter(exchange);
        }
        String presented = bearer(exchange);
        if (presented == null) {
            return unauthenticated(exchange, "Send an API key as 'Authorization: Bearer <key>'");
        }
        return authenticate(presented)
                .switchIfEmpty(
                        Mono.defer(() -> unauthenticated(exchange, "The API key is not valid or has been revoked")))
                .flatMap(caller -> {
                    exchange.getAttributes().put(Caller.ATTRIBUTE, caller);
                    return chain.filter(exchange);
                });
    }

    private Mono<Caller> authenticate(String presented) {
        if (operatorKeyHash != null && KeySecrets.sameKey(presented, operatorKeyHash)) {
            return Mono.just(new Caller.Operator());
        }
        if (KeyKind.ofKey(presented).isEmpty()) {
            return Mono.empty();
        }
        return keys.find(presented)
                .flatMap(found -> found.filter(ApiKey::usable)
                        .map(key -> {
                            if (key.kind() == KeyKind.PUBLISHABLE) {
                                return Mono.<Caller>error(ApiProblem.forbidden(
                                        "A publishable key can only open widget sessions; use a secret key"));
                            }
                            keys.touch(key.id());
                            return Mono.<Caller>just(
                                    new Caller.TenantKey(key.tenantId(), key.id(), key.displayPrefix(), key.scopes()));
                        })
                        .orElseGet(Mono::empty));
    }

    private static @Nullable String bearer(ServerWebExchange exchange) {
        String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String key = header.substring(BEARER.length()).trim();
        return key.isEmpty() || key.length() > 200 ? null : key;
    }

    private static <T> Mono<T> unauthenticated(ServerWebExchange exchange, String detail) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"switchboard\"");
        return Mono.error(ApiProblem.unauthenticated(detail));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
