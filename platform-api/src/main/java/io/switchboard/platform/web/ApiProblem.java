package io.switchboard.platform.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An error the API reports on purpose: a problem type, a detail safe to show to the client, and optional
 * extra members. Thrown without a stack trace, since it is an answer, not a bug.
 */
public class ApiProblem extends RuntimeException {

    private final ProblemType type;
    private final Map<String, Object> properties;

    public ApiProblem(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    public ApiProblem(ProblemType type, String detail, Map<String, Object> properties) {
        super(detail, null, false, false);
        this.type = type;
        this.properties = Map.copyOf(properties);
    }

    public ProblemType type() {
        return type;
    }

    public Map<String, Object> properties() {
        return properties;
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
                Map.of("errors", java.util.List.of(Map.of("field", field, "message", message))));
    }
}
