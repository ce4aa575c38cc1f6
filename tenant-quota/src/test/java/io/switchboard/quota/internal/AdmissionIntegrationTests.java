package io.switchboard.quota.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.switchboard.quota.Admission;
import io.switchboard.quota.AdmissionRequest;
import io.switchboard.quota.ConversationSnapshot;
import io.switchboard.quota.Cost;
import io.switchboard.quota.FailMode;
import io.switchboard.quota.LimitHit;
import io.switchboard.quota.Permit;
import io.switchboard.quota.Plan;
import io.switchboard.quota.QuotaExplanation;
import io.switchboard.testing.TestServices;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

class AdmissionIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(5);
    /** 60 units a minute whatever c, h and l: one unit a second, ten in a burst. */
    private static final Plan FLAT = new Plan("flat", "Flat", 60, 60, 60, 0.3, 0.15, 0.25, 10, 100, FailMode.OPEN);

    private final String uri = TestServices.get().redis().uri();
    private final String prefix = Replica.freshPrefix();
    private final QuotaProperties properties = QuotaProperties.defaults(uri, prefix);
    private final List<Replica> replicas = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        replicas.forEach(Replica::close);
        try (RedisTime redis = new RedisTime(uri)) {
            redis.deleteKeys(prefix);
        }
    }

    @Test
    void aBurstIsAdmittedUpToTheBucketAndThenRefusedWithRetryAfter() {
        Replica replica = replica(properties);
        for (int i = 1; i <= 10; i++) {
            Admission a = admit(replica, "t1", FLAT, Cost.ofUnits(1));
            assertThat(a.admitted()).as("admission %d", i).isTrue();
            assertThat(a.rateLimit().limit()).isEqualTo(10);
            assertThat(a.rateLimit().remaining()).isBetween(10L - i, 10L - i + 1);
            settle(replica, a.permit(), Cost.ofUnits(1));
        }
        Admission refused = admit(replica, "t1", FLAT, Cost.ofUnits(1));
        assertThat(refused.admitted()).isFalse();
        assertThat(refused.limitHit()).isEqualTo(LimitHit.RATE);
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        assertThat(refused.rateLimit().remaining()).isZero();
        assertThat(refused.rateLimit().resetSeconds()).isBetween(9L, 10L);
        assertThat(admit(replica, "another-tenant", FLAT, Cost.ofUnits(1)).admitted())
                .isTrue();
    }

    @Test
    void streamsBeyondThePlansLimitAreRefusedUntilOneEnds() {
        Plan twoStreams = new Plan("two", "Two", 600, 600, 600, 0.3, 0.15, 0.25, 10, 2, FailMode.OPEN);
        Replica replica = replica(properties);
        Admission first = admit(replica, "t2", twoStreams, Cost.ofUnits(1));
        Admission second = admit(replica, "t2", twoStreams, Cost.ofUnits(1));
        Admission third = admit(replica, "t2", twoStreams, Cost.ofUnits(1));
        assertThat(first.admitted()).isTrue();
        assertThat(second.admitted()).isTrue();
        assertThat(third.limitHit()).isEqualTo(LimitHit.CONCURRENCY);
        assertThat(third.retryAfterSeconds()).isEqualTo(1);
        settle(replica, first.permit(), Cost.ofUnits(1));
        assertThat(admit(replica, "t2", twoStreams, Cost.ofUnits(1)).admitted()).isTrue();
    }

    @Test
    void settlingRefundsAnOverestimateOnceAndChargesAnUnderestimate() {
        Replica replica = replica(properties);
        Admission big = admit(replica, "t3", FLAT, Cost.ofUnits(8));
        assertThat(big.rateLimit().remaining()).isBetween(1L, 2L);
        settle(replica, big.permit(), Cost.ofUnits(1));
        settle(replica, big.permit(), Cost.ofUnits(1));
        Admission after = admit(replica, "t3", FLAT, Cost.ofUnits(1));
        assertThat(after.rateLimit().remaining()).as("7 units refunded once").isBetween(8L, 9L);

        settle(replica, after.permit(), Cost.ofUnits(12));
        Admission inDebt = admit(replica, "t3", FLAT, Cost.ofUnits(1));
        assertThat(inDebt.limitHit()).isEqualTo(LimitHit.RATE);
        assertThat(inDebt.retryAfterSeconds()).isBetween(3L, 5L);
    }

    @Test
    void anEstimateLargerThanTheBucketIsChargedTheBucketAndCorrectedAfter() {
        Replica replica = replica(properties);
        Admission huge = admit(replica, "t4", FLAT, Cost.ofUnits(50));
        assertThat(huge.admitted()).isTrue();
        assertThat(huge.permit().estimate()).isEqualTo(Cost.ofUnits(10));
        assertThat(admit(replica, "t4", FLAT, Cost.ofUnits(1)).limitHit()).isEqualTo(LimitHit.RATE);
    }

    @Test
    void aDeadHoldersLeaseExpiresAndALiveOneIsKeptByRenewal() {
        QuotaProperties shortLeases = properties.withLeases(Duration.ofMillis(1500), Duration.ofMillis(300));
        Plan oneStream = new Plan("one", "One", 600, 600, 600, 0.3, 0.15, 0.25, 10, 1, FailMode.OPEN);
        Replica survivor = replica(shortLeases);
        Replica doomed = replica(shortLeases);

        Admission held = admit(survivor, "t5", oneStream, Cost.ofUnits(1));
        Flux.interval(Duration.ofMillis(100))
                .take(Duration.ofMillis(2500))
                .transformDeferred(survivor.quotas.keepAlive(Objects.requireNonNull(held.permit())))
                .blockLast(WAIT);
        assertThat(admit(doomed, "t5", oneStream, Cost.ofUnits(1)).limitHit())
                .as("renewed for longer than its ttl, the lease still holds the slot")
                .isEqualTo(LimitHit.CONCURRENCY);
        settle(survivor, held.permit(), Cost.ofUnits(1));

        assertThat(admit(doomed, "t6", oneStream, Cost.ofUnits(1)).admitted()).isTrue();
        doomed.close();
        assertThat(admit(survivor, "t6", oneStream, Cost.ofUnits(1)).limitHit()).isEqualTo(LimitHit.CONCURRENCY);
        await().atMost(WAIT)
                .until(() -> admit(survivor, "t6", oneStream, Cost.ofUnits(1)).admitted());
    }

    @Test
    void everyReplicaExplainsTheSameQuotaTermByTerm() {
        Plan pro = Plan.of("pro", 600, 300, 900, 50, FailMode.OPEN);
        Replica a = replica(properties);
        Replica b = replica(properties);
        a.load.publish(0.8).block(WAIT);
        settle(a, admit(a, "t7", pro, Cost.ofUnits(3)).permit(), Cost.ofUnits(3));
        var conversation = new ConversationSnapshot(10, 6, 4000, true);

        QuotaExplanation e = b.quotas.explain("t7", pro, conversation).block(WAIT);

        assertThat(e.load().published()).isEqualTo(0.8);
        assertThat(e.load().effective()).isEqualTo(0.8);
        assertThat(e.dayUsageUnits()).isEqualTo(3.0);
        assertThat(e.quota().complexity()).isEqualTo(conversation.complexity());
        assertThat(e.quota().history()).isEqualTo(Math.log1p(3.0) / Math.log1p(600.0 * 1440));
        assertThat(e.quota().loadTerm()).isEqualTo(600 * 0.25 * 0.8);
        assertThat(e.quota().quotaPerMinute())
                .isEqualTo(600
                        + e.quota().complexityTerm()
                        + e.quota().historyTerm()
                        - e.quota().loadTerm());
        assertThat(e.activeStreams()).isZero();
        assertThat(e.rateLimit().limit()).isEqualTo((long) (e.quota().quotaPerMinute() * 10 / 60));
        assertThat(a.quotas.explain("t7", pro, conversation).block(WAIT).quota())
                .isEqualTo(e.quota());
    }

    @Test
    void theLoadPublishedByOneReplicaLowersTheQuotaOnAnother() {
        Plan pro = Plan.of("pro", 600, 300, 900, 50, FailMode.OPEN);
        Replica publisher = replica(properties);
        Replica other = replica(properties);
        assertThat(other.load.current().effective())
                .as("nothing published: the documented default")
                .isEqualTo(0.5);

        publisher.load.publish(0.9).block(WAIT);

        await().atMost(WAIT).until(() -> Objects.equals(other.load.current().published(), 0.9));
        Admission a = admit(other, "t9", pro, Cost.ofUnits(1));
        assertThat(a.quota().load()).isEqualTo(0.9);
        assertThat(a.quota().quotaPerMinute()).isEqualTo(600 * (1 - 0.25 * 0.9));
        assertThatThrownBy(() -> publisher.load.publish(1.5).block(WAIT))
                .hasMessageContaining("load must be in [0, 1]");
    }

    @Test
    void theHistoryRecordedByTheScriptRaisesTheNextAdmissionsQuota() {
        Plan pro = Plan.of("pro", 600, 300, 900, 50, FailMode.OPEN);
        Replica replica = replica(properties);
        Admission first = admit(replica, "t8", pro, Cost.ofUnits(20));
        settle(replica, first.permit(), Cost.ofUnits(20));
        Admission second = admit(replica, "t8", pro, Cost.ofUnits(1));
        assertThat(first.quota().history()).isZero();
        assertThat(second.quota().history()).isEqualTo(Math.log1p(20.0) / Math.log1p(600.0 * 1440));
        assertThat(second.quota().quotaPerMinute()).isGreaterThan(first.quota().quotaPerMinute());
    }

    private Replica replica(QuotaProperties p) {
        Replica r = new Replica(p);
        replicas.add(r);
        return r;
    }

    private static Admission admit(Replica replica, String tenant, Plan plan, Cost cost) {
        return Objects.requireNonNull(replica.quotas
                .admit(new AdmissionRequest(tenant, plan, ConversationSnapshot.NONE, cost))
                .block(WAIT));
    }

    private static void settle(Replica replica, Permit permit, Cost actual) {
        replica.quotas.settle(Objects.requireNonNull(permit), actual).block(WAIT);
    }
}
