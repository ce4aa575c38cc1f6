package io.switchboard.platform.conversations;

import io.switchboard.quota.RateLimitStatus;
import org.springframework.http.HttpHeaders;

/** The IETF RateLimit header fields for a quota status, plus {@code Retry-After} on a refusal. */
final class RateLimitHeaders {

    private RateLimitHeaders() {}

    static HttpHeaders of(RateLimitStatus status, long retryAfterSeconds) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("RateLimit-Limit", Long.toString(status.limit()));
        headers.set("RateLimit-Remaining", Long.toString(Math.max(0, status.remaining())));
        headers.set("RateLimit-Reset", Long.toString(Math.max(0, status.resetSeconds())));
        headers.set("RateLimit-Policy", status.limit() + ";w=" + status.windowSeconds());
        if (retryAfterSeconds > 0) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        }
        return headers;
    }

    /** The headers of an admitted request. */
    static HttpHeaders admitted(RateLimitStatus status) {
        return of(status, 0);
    }
}
