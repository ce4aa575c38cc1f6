package io.switchboard.quota.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each tenant's admitted cost over the rolling day as the last admission script on this replica reported it, so
 * the history term costs no extra round trip; a tenant this replica has not seen yet scores {@code h = 0} for
 * one admission (the conservative side).
 */
final class UsageHistory {

    private static final int MAX_TENANTS = 100_000;

    private final Map<String, Long> dayTokens = new ConcurrentHashMap<>();

    long dayTokens(String tenant) {
        return dayTokens.getOrDefault(tenant, 0L);
    }

    void record(String tenant, long tokens) {
        if (dayTokens.size() >= MAX_TENANTS && !dayTokens.containsKey(tenant)) {
            dayTokens.clear();
        }
        dayTokens.put(tenant, Math.max(0, tokens));
    }
}
