package io.switchboard.platform.web;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns every error that reaches the edge, from a controller, a filter or the framework, into an RFC 9457
 * problem details response through {@link Problems}; nothing else writes an error body, so clients see one shape
 * and never a stack trace or an internal class name.
 */
@Component
@Order(-2) // before Spring Boot's own error handler
class ProblemDetailsHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsHandler.class);

    private final JsonMapper json;

    ProblemDetailsHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        Problems.Problem problem = Problems.classify(error);
        if (problem.type() == ProblemType.INTERNAL) {
            log.error(
                    "Unhandled error on {} {}",
                    exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(),
                    error);
        }
        Map<String, Object> body = problem.body(exchange.getRequest().getPath().value());
        var response = exchange.getResponse();
        response.setStatusCode(problem.type().status());
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().putAll(problem.headers());
        byte[] bytes = json.writeValueAsBytes(body);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
    }
}
