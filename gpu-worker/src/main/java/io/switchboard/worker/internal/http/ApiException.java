package io.switchboard.worker.internal.http;

import org.jspecify.annotations.Nullable;

/** A request refused with an OpenAI error object and an HTTP status. */
final class ApiException extends RuntimeException {

    final int status;
    final String type;
    final @Nullable String param;
    final String code;

    ApiException(int status, String type, String message, @Nullable String param, String code) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.param = param;
        this.code = code;
    }

    static ApiException invalid(String message, @Nullable String param) {
        return new ApiException(400, "invalid_request_error", message, param, "invalid_value");
    }
}
