package io.switchboard.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns every error that reaches the edge, from a controller, a filter or the framework, into an RFC 9457
 * problem details response; nothing else ever writes an error body, so clients see one shape and never a
 * stack trace or an internal class name.
 */
@Component
@Order(-2) // before Spring Boot's own error handler
class ProblemDetailsHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsHandler.class);
    private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final JsonMapper json;

    ProblemDetailsHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        Problem problem = classify(error);
        if (problem.type() == ProblemType.INTERNAL) {
            log.error(
                    "Unhandled error on {} {}",
                    exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(),
                    error);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type().uri().toString());
        body.put("title", problem.type().title());
        body.put("status", problem.type().status().value());
        body.put("detail", problem.detail());
        body.put("instance", exchange.getRequest().getPath().value());
        body.putAll(problem.properties());
        var response = exchange.getResponse();
        response.setStatusCode(problem.type().status());
        response.getHeaders().setContentType(PROBLEM_JSON);
        response.getHeaders().putAll(problem.headers());
        byte[] bytes = json.writeValueAsBytes(body);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
    }

    private static Problem classify(Throwable error) {
        return switch (error) {
            case ApiProblem p -> new Problem(p.type(), p.getMessage(), p.properties(), HttpHeaders.EMPTY);
            case WebExchangeBindException e -> invalidFields(e);
            case MethodNotAllowedException e -> methodNotAllowed(e);
            case ServerWebInputException e -> input(e);
            case ResponseStatusException e -> byStatus(e);
            case DataBufferLimitException e -> tooLarge();
            default -> new Problem(ProblemType.INTERNAL, "An unexpected error occurred", Map.of(), HttpHeaders.EMPTY);
        };
    }

    private static Problem invalidFields(WebExchangeBindException e) {
        List<Map<String, String>> errors = e.getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                .collect(Collectors.toList());
        e.getGlobalErrors()
                .forEach(g -> errors.add(
                        Map.of("field", g.getObjectName(), "message", String.valueOf(g.getDefaultMessage()))));
        return new Problem(
                ProblemType.INVALID_REQUEST,
                "The request has invalid fields",
                Map.of("errors", errors),
                HttpHeaders.EMPTY);
    }

    private static Problem methodNotAllowed(MethodNotAllowedException e) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAllow(e.getSupportedMethods());
        return new Problem(
                ProblemType.METHOD_NOT_ALLOWED,
                "Method " + e.getHttpMethod() + " is not allowed here",
                Map.of(),
                headers);
    }

    private static Problem input(ServerWebInputException e) {
        if (causedBy(e, DataBufferLimitException.class)) {
            return tooLarge();
        }
        if (e.getMethodParameter() != null
                && e.getMethodParameter().getParameterIndex() >= 0
                && !causedBy(e, DecodingException.class)
                && e.getReason() != null
                && e.getReason().startsWith("Type mismatch")) {
            return new Problem(
                    ProblemType.MALFORMED_REQUEST,
                    "A path or query parameter has the wrong format",
                    Map.of(),
                    HttpHeaders.EMPTY);
        }
        String detail = causedBy(e, DecodingException.class)
                ? "The request body is not valid JSON for this operation"
                : "The request is missing a body or a required parameter";
        return new Problem(ProblemType.MALFORMED_REQUEST, detail, Map.of(), HttpHeaders.EMPTY);
    }

    private static Problem byStatus(ResponseStatusException e) {
        ProblemType type = switch (e.getStatusCode().value()) {
            case 400 -> ProblemType.MALFORMED_REQUEST;
            case 401 -> ProblemType.UNAUTHENTICATED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 409 -> ProblemType.CONFLICT;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 429 -> ProblemType.RATE_LIMITED;
            case 503 -> ProblemType.UNAVAILABLE;
            default -> e.getStatusCode().is4xxClientError() ? ProblemType.MALFORMED_REQUEST : ProblemType.INTERNAL;
        };
        if (type == ProblemType.PAYLOAD_TOO_LARGE) {
            return tooLarge();
        }
        String detail = switch (type) {
            case NOT_FOUND -> "No such resource";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json";
            case NOT_ACCEPTABLE -> "The requested media type cannot be produced";
            case INTERNAL -> "An unexpected error occurred";
            default -> type.title();
        };
        return new Problem(type, detail, Map.of(), e.getHeaders());
    }

    private static Problem tooLarge() {
        return new Problem(
                ProblemType.PAYLOAD_TOO_LARGE, "The request body exceeds the size limit", Map.of(), HttpHeaders.EMPTY);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private record Problem(ProblemType type, String detail, Map<String, ?> properties, HttpHeaders headers) {}
}
