package io.switchboard.quota;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answer to an admission: admitted with a {@link Permit}, or refused with the limit that was hit; either
 * way with what the HTTP edge puts in its {@code RateLimit-*} and {@code Retry-After} headers.
 *
 * @param limitHit the limit that refused the turn; null when admitted
 * @param retryAfterSeconds when a refused turn may try again ({@code Retry-After}); 0 when admitted
 * @param degraded whether Redis was unreachable and the plan's local fallback decided
 * @param quota the formula as evaluated for this admission
 */
public record Admission(
        @Nullable Permit permit,
        @Nullable LimitHit limitHit,
        RateLimitStatus rateLimit,
        long retryAfterSeconds,
        boolean degraded,
        QuotaBreakdown quota) {

    public boolean admitted() {
        return permit != null;
    }

    /** The {@code RateLimit-*} headers, plus {@code Retry-After} when refused. */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>(rateLimit.headers());
        if (!admitted()) {
            headers.put("Retry-After", Long.toString(retryAfterSeconds));
        }
        return headers;
    }
}
