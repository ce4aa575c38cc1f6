package io.switchboard.dialog.internal;

import java.time.Duration;

/**
 * When the outbox writer does its occasional reads, so a round at steady state is one read of new entries: its own
 * pending entries at start and after a failed round (a batch not acknowledged), others' idle entries (XAUTOCLAIM)
 * at start and then every half claim-idle time but at most once a second, the backlog (XLEN) at most once a second.
 * Times are {@link System#nanoTime()} values; one instance per run of the writer's thread, never shared.
 */
final class OutboxReads {

    static final String FIRST_ID = "0-0";
    private static final long BACKLOG_EVERY = Duration.ofSeconds(1).toNanos();
    private static final long CLAIM_AT_MOST_EVERY = Duration.ofSeconds(1).toNanos();

    private final long claimEvery;
    private boolean ownDue = true;
    private String claimCursor = FIRST_ID;
    private long claimAt;
    private long backlogAt;

    OutboxReads(Duration claimIdle, long now) {
        this.claimEvery = Math.max(claimIdle.dividedBy(2).toNanos(), CLAIM_AT_MOST_EVERY);
        this.claimAt = now;
        this.backlogAt = now;
    }

    boolean ownDue() {
        return ownDue;
    }

    /** A read of its own pending entries gave {@code read} of at most {@code batchSize}: more only if it was full. */
    void ownRead(int read, int batchSize) {
        ownDue = read >= batchSize;
    }

    boolean claimDue(long now) {
        return now - claimAt >= 0;
    }

    /** Where the next XAUTOCLAIM starts: the cursor the last one returned, or the beginning. */
    String claimCursor() {
        return claimCursor;
    }

    /** An XAUTOCLAIM returned {@code cursor}: the scan goes on next round, or it was complete and waits its time. */
    void claimed(String cursor, long now) {
        if (FIRST_ID.equals(cursor) || "0".equals(cursor)) {
            claimCursor = FIRST_ID;
            claimAt = now + claimEvery;
        } else {
            claimCursor = cursor;
        }
    }

    /** True at most once a second; then the caller measures the backlog. */
    boolean backlogDue(long now) {
        if (now - backlogAt < 0) {
            return false;
        }
        backlogAt = now + BACKLOG_EVERY;
        return true;
    }

    /** A round failed: what it had read may be pending to this writer, unacknowledged, so it reads them first. */
    void failed() {
        ownDue = true;
        claimCursor = FIRST_ID;
    }
}
