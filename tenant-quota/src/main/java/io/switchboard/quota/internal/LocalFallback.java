package io.switchboard.quota.internal;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import io.switchboard.quota.Admission;
import io.switchboard.quota.AdmissionRequest;
import io.switchboard.quota.Cost;
import io.switchboard.quota.LimitHit;
import io.switchboard.quota.Permit;
import io.switchboard.quota.Plan;
import io.switchboard.quota.QuotaBreakdown;
import io.switchboard.quota.RateLimitStatus;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The fail-open limiter of one replica: per tenant, a Resilience4j rate limiter at the plan's base rate divided by
 * the replica count (tokens per minute) and a local count of open streams at the plan's limit divided likewise.
 */
final class LocalFallback {

    static final Duration PERIOD = Duration.ofMinutes(1);
    private static final int MAX_TENANTS = 100_000;

    private final int replicas;
    private final LeaseIds leaseIds = new LeaseIds();
    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> streams = new ConcurrentHashMap<>();

    LocalFallback(int replicas) {
        this.replicas = replicas;
    }

    /** Decides an admission on this replica alone: a stream slot first, then the cost. */
    Admission admit(AdmissionRequest request, QuotaBreakdown quota) {
        String tenant = request.tenant();
        Plan plan = request.plan();
        @Nullable LimitHit hit = null;
        if (!tryOpenStream(tenant, plan)) {
            hit = LimitHit.CONCURRENCY;
        } else if (!tryCharge(tenant, plan, request.estimate())) {
            closeStream(tenant);
            hit = LimitHit.RATE;
        }
        long perMinute = tokensPerMinute(plan);
        var status = new RateLimitStatus(
                perMinute / 1000, availableTokens(tenant, plan) / 1000, PERIOD.toSeconds(), PERIOD.toSeconds());
        if (hit != null) {
            long retry = hit == LimitHit.RATE ? secondsToRefill(tenant, plan) : 1;
            return new Admission(null, hit, status, retry, true, quota);
        }
        Cost charged = Cost.ofTokens(Math.min(request.estimate().tokens(), perMinute));
        Permit permit = new Permit(tenant, plan.id(), leaseIds.next(), charged, perMinute, true);
        return new Admission(permit, null, status, 0, true, quota);
    }

    /** Tokens per minute this replica may admit for the plan on its own. */
    int tokensPerMinute(Plan plan) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, plan.basePerMinute() * 1000 / replicas));
    }

    int streamLimit(Plan plan) {
        return Math.max(1, plan.maxConcurrentStreams() / replicas);
    }

    /** Whether a stream slot was free, taking it if so. */
    boolean tryOpenStream(String tenant, Plan plan) {
        AtomicInteger open = streams.computeIfAbsent(tenant, t -> new AtomicInteger());
        int limit = streamLimit(plan);
        while (true) {
            int n = open.get();
            if (n >= limit) {
                return false;
            }
            if (open.compareAndSet(n, n + 1)) {
                return true;
            }
        }
    }

    void closeStream(String tenant) {
        AtomicInteger open = streams.get(tenant);
        if (open != null) {
            open.updateAndGet(n -> Math.max(0, n - 1));
        }
    }

    /** Takes the cost (at most one period's allowance, so a large turn is not refused forever) or refuses. */
    boolean tryCharge(String tenant, Plan plan, Cost cost) {
        RateLimiter limiter = limiter(tenant, plan);
        int permits = (int) Math.min(cost.tokens(), tokensPerMinute(plan));
        return permits == 0 || limiter.acquirePermission(permits);
    }

    long availableTokens(String tenant, Plan plan) {
        return Math.max(0, limiter(tenant, plan).getMetrics().getAvailablePermissions());
    }

    /** Seconds until the tenant's local allowance is refilled (at least 1). */
    long secondsToRefill(String tenant, Plan plan) {
        if (limiter(tenant, plan) instanceof AtomicRateLimiter atomic) {
            long nanos = atomic.getDetailedMetrics().getNanosToWait();
            return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
        }
        return PERIOD.toSeconds();
    }

    private RateLimiter limiter(String tenant, Plan plan) {
        if (limiters.size() > MAX_TENANTS) {
            limiters.clear();
        }
        String name = tenant + "|" + plan.id() + "|" + tokensPerMinute(plan);
        return limiters.computeIfAbsent(
                name,
                n -> RateLimiter.of(
                        n,
                        RateLimiterConfig.custom()
                                .limitRefreshPeriod(PERIOD)
                                .limitForPeriod(tokensPerMinute(plan))
                                .timeoutDuration(Duration.ZERO)
                                .build()));
    }
}
