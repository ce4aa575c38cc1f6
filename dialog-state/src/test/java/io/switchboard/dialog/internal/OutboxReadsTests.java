package io.switchboard.dialog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxReadsTests {

    private static final long START = 1_000_000_000L;
    private static final long MS = 1_000_000L;

    @Test
    void ownPendingEntriesAreReadAtStartUntilDrainedAndAgainOnlyAfterAFailedRound() {
        OutboxReads reads = new OutboxReads(Duration.ofSeconds(30), START);
        assertThat(reads.ownDue()).isTrue();
        reads.ownRead(200, 200);
        assertThat(reads.ownDue()).as("a full read: more may be pending").isTrue();
        reads.ownRead(3, 200);
        assertThat(reads.ownDue()).isFalse();

        reads.failed();

        assertThat(reads.ownDue()).isTrue();
    }

    @Test
    void othersEntriesAreClaimedAtStartThenEveryHalfClaimIdleTime() {
        OutboxReads reads = new OutboxReads(Duration.ofSeconds(30), START);
        assertThat(reads.claimDue(START)).isTrue();
        reads.claimed("0-0", START);

        assertThat(reads.claimDue(START + 14_999 * MS)).isFalse();
        assertThat(reads.claimDue(START + 15_000 * MS)).isTrue();
    }

    @Test
    void claimsAtMostOnceASecondWhateverTheClaimIdleTime() {
        OutboxReads reads = new OutboxReads(Duration.ofMillis(100), START);
        reads.claimed("0-0", START);

        assertThat(reads.claimDue(START + 999 * MS)).isFalse();
        assertThat(reads.claimDue(START + 1_000 * MS)).isTrue();
    }

    @Test
    void anUnfinishedClaimScanGoesOnFromItsCursorNextRound() {
        OutboxReads reads = new OutboxReads(Duration.ofSeconds(30), START);
        reads.claimed("1700000000000-5", START);

        assertThat(reads.claimDue(START + MS)).isTrue();
        assertThat(reads.claimCursor()).isEqualTo("1700000000000-5");
        reads.claimed("0-0", START + MS);
        assertThat(reads.claimCursor()).isEqualTo("0-0");
        assertThat(reads.claimDue(START + 2 * MS)).isFalse();
    }

    @Test
    void theBacklogIsMeasuredAtMostOnceASecond() {
        OutboxReads reads = new OutboxReads(Duration.ofSeconds(30), START);
        assertThat(reads.backlogDue(START)).isTrue();
        assertThat(reads.backlogDue(START + 500 * MS)).isFalse();
        assertThat(reads.backlogDue(START + 999 * MS)).isFalse();
        assertThat(reads.backlogDue(START + 1_000 * MS)).isTrue();
        assertThat(reads.backlogDue(START + 1_001 * MS)).isFalse();
    }
}
