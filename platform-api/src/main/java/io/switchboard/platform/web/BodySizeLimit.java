package io.switchboard.platform.web;

import io.switchboard.platform.PlatformProperties;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a declared body over the configured limit before reading a byte of it; bodies without a length
 * are held to the same limit by the codecs ({@code spring.http.codecs.max-in-memory-size}).
 */
@Component
class BodySizeLimit implements WebFilter, Ordered {

    private final long maxBytes;

    BodySizeLimit(PlatformProperties properties) {
        this.maxBytes = properties.maxBodySize().toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > maxBytes) {
            return Mono.error(new ApiProblem(
                    ProblemType.PAYLOAD_TOO_LARGE, "The request body exceeds the limit of " + maxBytes + " bytes"));
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
