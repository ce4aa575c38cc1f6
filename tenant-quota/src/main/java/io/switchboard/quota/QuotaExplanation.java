package io.switchboard.quota;

/**
 * A tenant's quota explained term by term, with the inputs it came from and the state of its limits: the body
 * of {@code GET /admin/v1/tenants/{id}/quota}.
 *
 * @param dayUsageUnits cost admitted over the rolling day (the input of {@code h})
 * @param historyReferenceMinutes minutes at the base rate that score {@code h = 1}
 * @param rateLimit the bucket as it stands now (nothing is consumed by explaining)
 */
public record QuotaExplanation(
        String tenant,
        Plan plan,
        ConversationSnapshot conversation,
        double dayUsageUnits,
        int historyReferenceMinutes,
        LoadReading load,
        QuotaBreakdown quota,
        RateLimitStatus rateLimit,
        int activeStreams) {}
