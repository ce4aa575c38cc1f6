package io.switchboard.inference.internal;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Bounds retries to a share of requests: each first attempt deposits {@code ratio} of a retry, each retry withdraws
 * one; the balance starts full at {@code reserve} retries (at least one) and never exceeds it, so over any stretch of
 * time retries stay under {@code ratio × requests + reserve}, and a long quiet spell cannot save up for a retry storm.
 * Lock-free.
 */
final class RetryBudget {

    private static final long UNIT = 1_000;

    private final long deposit;
    private final long cap;
    private final AtomicLong balance;

    RetryBudget(double ratio, int reserve) {
        this.deposit = Math.round(ratio * UNIT);
        this.cap = Math.max(1, reserve) * UNIT;
        this.balance = new AtomicLong(cap);
    }

    void requested() {
        balance.accumulateAndGet(deposit, (now, add) -> Math.min(cap, now + add));
    }

    /** Takes one retry from the budget, or says there is none left. */
    boolean tryRetry() {
        long now;
        do {
            now = balance.get();
            if (now < UNIT) {
                return false;
            }
        } while (!balance.compareAndSet(now, now - UNIT));
        return true;
    }

    /** Retries available now. */
    double available() {
        return balance.get() / (double) UNIT;
    }
}
