package io.switchboard.quota;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values of the {@code RateLimit-*} headers (IETF draft), in whole cost units and seconds.
 *
 * @param limit the bucket's capacity: the quota per minute × burst seconds / 60 ({@code RateLimit-Limit})
 * @param remaining what the tenant may still spend at once ({@code RateLimit-Remaining}), never negative
 * @param resetSeconds seconds until the bucket is full again ({@code RateLimit-Reset})
 * @param windowSeconds the policy window, the plan's burst seconds ({@code RateLimit-Policy: limit;w=window})
 */
public record RateLimitStatus(long limit, long remaining, long resetSeconds, long windowSeconds) {

    /** The headers, by name, in the order they are usually written. */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("RateLimit-Limit", Long.toString(limit));
        headers.put("RateLimit-Remaining", Long.toString(remaining));
        headers.put("RateLimit-Reset", Long.toString(resetSeconds));
        headers.put("RateLimit-Policy", limit + ";w=" + windowSeconds);
        return headers;
    }
}
