package io.switchboard.quota;

/**
 * An admitted turn's hold on one of the tenant's concurrent-stream slots and on its estimated cost. Renew it
 * while the stream lives ({@link Quotas#keepAlive}) and settle it exactly once when the turn ends.
 *
 * @param leaseId the lease's id in Redis (or in the local fallback when {@code local})
 * @param quotaTokensPerMinute the rate the admission was charged at; corrections use the same rate
 * @param local whether the fallback limiter admitted it while Redis was unreachable
 */
public record Permit(
        String tenant, String planId, String leaseId, Cost estimate, long quotaTokensPerMinute, boolean local) {}
