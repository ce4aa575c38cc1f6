package io.switchboard.platform.conversations;

import io.switchboard.platform.web.ApiProblem;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * CORS for the widget routes, per tenant: a page may call them only from an origin that the tenant listed on the
 * publishable key. Preflights are answered here; other requests get the headers and are checked again by the
 * controller, so a non-browser client gains nothing by skipping CORS.
 */
@Component
class WidgetCors implements WebFilter, Ordered {

    private final WidgetOrigins origins;

    WidgetCors(WidgetOrigins origins) {
        this.origins = origins;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        String origin = exchange.getRequest().getHeaders().getOrigin();
        if (!path.startsWith("/widget/") || origin == null) {
            return chain.filter(exchange);
        }
        boolean preflight = exchange.getRequest().getMethod() == HttpMethod.OPTIONS
                && exchange.getRequest().getHeaders().containsHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        return origins.key(exchange).flatMap(key -> {
            boolean allowed = key.isPresent() && WidgetOrigins.allows(key.get(), origin);
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.add(HttpHeaders.VARY, HttpHeaders.ORIGIN);
            if (!allowed) {
                return preflight
                        ? Mono.error(ApiProblem.forbidden("This origin may not use this widget"))
                        : chain.filter(exchange);
            }
            headers.setAccessControlAllowOrigin(origin);
            headers.setAccessControlExposeHeaders(
                    List.of("Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"));
            if (preflight) {
                headers.setAccessControlAllowMethods(List.of(HttpMethod.GET, HttpMethod.POST));
                headers.setAccessControlAllowHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key"));
                headers.setAccessControlMaxAge(600);
                exchange.getResponse().setStatusCode(HttpStatus.NO_CONTENT);
                return exchange.getResponse().setComplete();
            }
            return chain.filter(exchange);
        });
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 5;
    }
}
