package io.switchboard.quota;

/** Which of the tenant's limits refused an admission; the edge names it in the 429's problem body. */
public enum LimitHit {
    /** The cost rate (the formula's quota per minute, with its burst). */
    RATE,
    /** The number of streams the tenant may hold at once. */
    CONCURRENCY
}
