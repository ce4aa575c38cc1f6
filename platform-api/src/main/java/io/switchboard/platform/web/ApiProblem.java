package io.switchboard.platform.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * An error the API reports on purpose: a problem type, a detail safe to show to the client, optional extra
 * members and response headers. Thrown without a stack trace, since it is an answer, not a bug.
 */
public class ApiProblem extends RuntimeException {

    private final ProblemType type;
    private final Map<String, Object> properties;
    private final HttpHeaders headers;

    public ApiProblem(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    public ApiProblem(ProblemType type, String detail, Map<String, Object> properties) {
        this(type, detail, properties, HttpHeaders.EMPTY);
    }

    private ApiProblem(ProblemType type, String detail, Map<String, Object> properties, HttpHeaders headers) {
        super(detail, null, false, false);
        this.type = type;
        this.properties = Map.copyOf(properties);
        this.headers = headers;
    }

    /** The same problem, answered with these response headers (e.g. {@code Retry-After}). */
    public ApiProblem withHeaders(HttpHeaders headers) {
        return new ApiProblem(type, getMessage(), properties, headers);
    }

    public ProblemType type() {
        return type;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    public HttpHeaders headers() {
        return headers;
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(ProblemType.NOT_FOUND, what + " not found");
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(ProblemType.FORBIDDEN, detail);
    }

    public static ApiProblem unauthenticated(@Nullable String detail) {
        return new ApiProblem(ProblemType.UNAUTHENTICATED, detail == null ? "A valid API key is required" : detail);
    }

    public static ApiProblem invalid(String field, String message) {
        return new ApiProblem(
                ProblemType.INVALID_REQUEST,
                "The request has invalid fields",
                Map.of("errors", List.of(Map.of("field", field, "message", message))));
    }
}
