package io.switchboard.platform.web;

import io.switchboard.dialog.ConversationErasedException;
import io.switchboard.dialog.DialogBusyException;
import io.switchboard.dialog.DialogConflictException;
import io.switchboard.dialog.DialogUnavailableException;
import io.switchboard.dialog.InvalidTurnException;
import io.switchboard.dialog.TranscriptBehindException;
import io.switchboard.inference.InferenceRejectedException;
import io.switchboard.inference.NoWorkerAvailableException;
import io.switchboard.inference.StreamInterruptedException;
import io.switchboard.quota.QuotaUnavailableException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;

/**
 * The one place that decides what a failure means to a client: its problem type, a detail safe to show, extra
 * members and headers. The HTTP edge and the SSE {@code error} event both render through it.
 */
public final class Problems {

    private Problems() {}

    /** The RFC 9457 body for {@code error} at {@code instance}. */
    public static Map<String, Object> body(Throwable error, String instance) {
        return classify(error).body(instance);
    }

    public static Problem classify(Throwable error) {
        return switch (error) {
            case ApiProblem p -> new Problem(p.type(), p.getMessage(), p.properties(), p.headers());
            case DialogBusyException e ->
                simple(
                        ProblemType.CONFLICT,
                        "Another message of this conversation is being answered; send this one after it");
            case DialogConflictException e ->
                simple(ProblemType.CONFLICT, "Another message of this conversation was saved first; send yours again");
            case ConversationErasedException e -> simple(ProblemType.NOT_FOUND, "Conversation not found");
            case InvalidTurnException e -> simple(ProblemType.INVALID_REQUEST, "The message cannot be stored");
            case TranscriptBehindException e -> retryLater("The conversation is being restored; try again shortly");
            case DialogUnavailableException e -> retryLater("Conversation state is unavailable; try again shortly");
            case QuotaUnavailableException e -> retryLater("Admission control is unavailable; try again shortly");
            case NoWorkerAvailableException e -> retryLater("No model worker can answer right now; try again shortly");
            case InferenceRejectedException e -> retryLater("The model workers are saturated; try again shortly");
            case StreamInterruptedException e ->
                simple(
                        ProblemType.UNAVAILABLE,
                        "The model stopped answering mid-reply; the partial reply is kept and marked incomplete");
            case WebExchangeBindException e -> invalidFields(e);
            case HandlerMethodValidationException e -> invalidParameters(e);
            case MethodNotAllowedException e -> methodNotAllowed(e);
            case ServerWebInputException e -> input(e);
            case ResponseStatusException e -> byStatus(e);
            case DataBufferLimitException e -> tooLarge();
            case Throwable e
            when unstorableText(e) ->
                simple(ProblemType.INVALID_REQUEST, "Text fields must not contain NUL (\\u0000) characters");
            default -> new Problem(ProblemType.INTERNAL, "An unexpected error occurred", Map.of(), HttpHeaders.EMPTY);
        };
    }

    private static Problem invalidFields(WebExchangeBindException e) {
        List<Map<String, String>> errors = e.getFieldErrors().stream()
                .map(f -> error(f.getField(), f.getDefaultMessage()))
                .collect(Collectors.toList());
        e.getGlobalErrors().forEach(g -> errors.add(error(g.getObjectName(), g.getDefaultMessage())));
        return invalid("The request has invalid fields", errors);
    }

    /** A path, query or header parameter out of its declared range (Spring's built-in method validation). */
    private static Problem invalidParameters(HandlerMethodValidationException e) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            String name = String.valueOf(result.getMethodParameter().getParameterName());
            result.getResolvableErrors().forEach(r -> errors.add(error(name, r.getDefaultMessage())));
        }
        return invalid("The request has invalid parameters", errors);
    }

    private static Map<String, String> error(String field, @Nullable String message) {
        return Map.of("field", field, "message", String.valueOf(message));
    }

    /** {@code invalid-request} with one {@code {field, message}} per error, for body fields and parameters alike. */
    private static Problem invalid(String detail, List<Map<String, String>> errors) {
        return new Problem(ProblemType.INVALID_REQUEST, detail, Map.of("errors", errors), HttpHeaders.EMPTY);
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

    /**
     * PostgreSQL refused a client's text: a NUL character in a text column (SQLState 22021) or its escape in a
     * jsonb one (22P05). Everything that stores client text runs into it, so it is a 400 here rather
     * than a check in every endpoint.
     */
    private static boolean unstorableText(Throwable e) {
        return causedBy(
                e,
                t -> t instanceof SQLException sql
                        && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState())));
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        return causedBy(e, type::isInstance);
    }

    private static boolean causedBy(Throwable e, Predicate<Throwable> test) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (test.test(t)) {
                return true;
            }
        }
        return false;
    }

    private static Problem simple(ProblemType type, String detail) {
        return new Problem(type, detail, Map.of(), HttpHeaders.EMPTY);
    }

    private static Problem retryLater(String detail) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "1");
        return new Problem(ProblemType.UNAVAILABLE, detail, Map.of(), headers);
    }

    /** A classified failure. */
    public record Problem(ProblemType type, String detail, Map<String, ?> properties, HttpHeaders headers) {

        /** The RFC 9457 members. */
        public Map<String, Object> body(String instance) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", type.uri().toString());
            body.put("title", type.title());
            body.put("status", type.status().value());
            body.put("detail", detail);
            body.put("instance", instance);
            body.putAll(properties);
            return body;
        }
    }
}
