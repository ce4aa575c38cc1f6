package io.switchboard.quota;

/**
 * The values of the {@code RateLimit-*} headers (IETF draft), in whole cost units and seconds.
 *
 * @param limit the bucket's capacity: the quota per minute × burst seconds / 60 ({@code RateLimit-Limit})
 * @param remaining what the tenant may still spend at once ({@code RateLimit-Remaining}), never negative
 * @param resetSeconds seconds until the bucket is full again ({@code RateLimit-Reset})
 * @param windowSeconds the policy window, the plan's burst seconds ({@code RateLimit-Policy: limit;w=window})
 */
public record RateLimitStatus(long limit, long remaining, long resetSeconds, long windowSeconds) {}
