package io.switchboard.quota.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.quota.Admission;
import io.switchboard.quota.AdmissionRequest;
import io.switchboard.quota.ConversationSnapshot;
import io.switchboard.quota.Cost;
import io.switchboard.quota.FailMode;
import io.switchboard.quota.Plan;
import io.switchboard.testing.TestServices;
import java.math.BigInteger;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Two replicas with their own connections share one Redis, their local clocks skewed by +10 s and -10 s: what they
 * admit together never exceeds what the bucket allows on Redis's clock.
 *
 * <p>Each test runs on a thread of its own with a time limit, so a test body that stalls fails instead of waiting
 * forever: this test's connections once spun forever in Lettuce's {@code SharedLock}, after BlockHound had thrown
 * from inside that lock on an event loop (the cause, now allowed in {@code BlockingAllowances}).
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ReplicasIntegrationTests {

    /** 120 units a minute whatever c, h and l: 2 units a second, 20 in a 10-second burst. */
    private static final Plan SMALL =
            new Plan("small", "Small", 120, 120, 120, 0.3, 0.15, 0.25, 10, 1_000, FailMode.OPEN);

    private final String uri = TestServices.get().redis().uri();
    private final String prefix = Replica.freshPrefix();
    private final QuotaProperties properties =
            QuotaProperties.defaults(uri, prefix).withRedisTimeout(Duration.ofSeconds(3));
    private final Replica ahead = new Replica(properties, Replica.skewed(Duration.ofSeconds(10)));
    private final Replica behind = new Replica(properties, Replica.skewed(Duration.ofSeconds(-10)));

    @AfterEach
    void cleanUp() {
        ahead.close();
        behind.close();
        try (RedisTime redis = new RedisTime(uri)) {
            redis.deleteKeys(prefix);
        }
    }

    @Test
    void sixtyFourClientsOnTwoReplicasNeverGetMoreThanCapacityPlusRateTimesElapsed() {
        AtomicLong admittedTokens = new AtomicLong();
        AtomicLong refusals = new AtomicLong();
        long startedAt;
        long endedAt;
        for (Replica replica : new Replica[] {ahead, behind}) {
            admit(replica, "warm-up", 0).block(Duration.ofSeconds(5));
        }
        try (RedisTime clock = new RedisTime(uri)) {
            startedAt = clock.nowMicros();
            Flux.range(0, 64)
                    .flatMap(client -> client(client % 2 == 0 ? ahead : behind, client, admittedTokens, refusals), 64)
                    .blockLast(Duration.ofSeconds(30));
            endedAt = clock.nowMicros();
        }

        long perMinute = 120_000;
        long capacity = Rates.capacityTokens(perMinute, SMALL.burstSeconds());
        // admitted ≤ capacity + rate × elapsed, in exact integers: tokens × 60e6 ≤ capacity × 60e6 + perMinute × µs
        BigInteger left = BigInteger.valueOf(admittedTokens.get()).multiply(BigInteger.valueOf(60_000_000));
        BigInteger right = BigInteger.valueOf(capacity)
                .multiply(BigInteger.valueOf(60_000_000))
                .add(BigInteger.valueOf(perMinute).multiply(BigInteger.valueOf(endedAt - startedAt)));
        long margin =
                right.subtract(left).divide(BigInteger.valueOf(60_000_000)).longValue();
        System.out.printf(
                "64 clients, 2 replicas: admitted %d tokens, refused %d, %d us, %d tokens under the bound%n",
                admittedTokens.get(), refusals.get(), endedAt - startedAt, margin);
        assertThat(left)
                .as("admitted %d tokens in %d us", admittedTokens.get(), endedAt - startedAt)
                .isLessThanOrEqualTo(right);
        assertThat(refusals.get()).as("the clients really pressed on the limit").isGreaterThan(1_000);
        assertThat(admittedTokens.get())
                .as("and the bucket was not starved either: at least the rate over the run")
                .isGreaterThan((long) (perMinute / 60.0 * 9.5) + capacity / 2);
    }

    @Test
    void aReplicaWithASkewedClockAdmitsExactlyTheBurstLikeAnyOther() {
        for (Replica replica : new Replica[] {ahead, behind}) {
            String tenant = "skew-" + (replica == ahead ? "ahead" : "behind");
            int admitted = 0;
            for (int i = 0; i < 30; i++) {
                if (admit(replica, tenant, 0).blockOptional().orElseThrow().admitted()) {
                    admitted++;
                }
            }
            assertThat(admitted).as(tenant).isBetween(20, 21);
        }
    }

    private static Mono<Void> client(Replica replica, int client, AtomicLong admittedTokens, AtomicLong refusals) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long cost = 200 + (client % 5) * 200;
        return admit(replica, "hot", cost)
                .flatMap(a -> {
                    if (a.degraded()) {
                        return Mono.error(new AssertionError("Redis answered too late: the fallback decided"));
                    }
                    if (!a.admitted()) {
                        refusals.incrementAndGet();
                        return Mono.empty();
                    }
                    admittedTokens.addAndGet(a.permit().estimate().tokens());
                    return replica.quotas.settle(a.permit(), a.permit().estimate());
                })
                .repeat(() -> System.nanoTime() < deadline)
                .then();
    }

    private static Mono<Admission> admit(Replica replica, String tenant, long extraTokens) {
        return replica.quotas.admit(
                new AdmissionRequest(tenant, SMALL, ConversationSnapshot.NONE, Cost.ofTokens(1000 + extraTokens)));
    }
}
