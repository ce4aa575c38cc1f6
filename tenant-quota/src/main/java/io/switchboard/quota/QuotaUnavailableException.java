package io.switchboard.quota;

/**
 * Redis is unreachable and the tenant's plan fails closed: the edge answers 503 with {@code Retry-After}. The
 * condition is transient, so the request may be retried; it carries no stack trace (it is thrown per request
 * during an outage).
 */
public final class QuotaUnavailableException extends RuntimeException {

    private final String planId;

    public QuotaUnavailableException(String planId) {
        super("quota store unreachable; plan '" + planId + "' fails closed", null, false, false);
        this.planId = planId;
    }

    public String planId() {
        return planId;
    }

    public boolean retryable() {
        return true;
    }
}
