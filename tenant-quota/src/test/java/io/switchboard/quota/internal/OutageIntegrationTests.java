package io.switchboard.quota.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.switchboard.quota.Admission;
import io.switchboard.quota.AdmissionRequest;
import io.switchboard.quota.ConversationSnapshot;
import io.switchboard.quota.Cost;
import io.switchboard.quota.FailMode;
import io.switchboard.quota.LimitHit;
import io.switchboard.quota.Plan;
import io.switchboard.quota.QuotaUnavailableException;
import io.switchboard.testing.PrivateRedis;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** Redis killed and restarted under the quota: each plan's fail mode holds, and enforcement resumes after. */
class OutageIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(5);
    /** 60 units a minute, 10 in a burst; 2 replicas, so the fallback allows 30 units a minute and 2 streams. */
    private static final Plan OPEN = new Plan("open", "Open", 60, 60, 60, 0.3, 0.15, 0.25, 10, 4, FailMode.OPEN);

    private static final Plan CLOSED =
            new Plan("closed", "Closed", 60, 60, 60, 0.3, 0.15, 0.25, 10, 4, FailMode.CLOSED);

    private final PrivateRedis redis = PrivateRedis.start();
    private final Replica replica =
            new Replica(QuotaProperties.defaults(redis.uri(), "test:outage").withReplicas(2));
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger outageLog = (Logger) LoggerFactory.getLogger(Outages.class);

    @BeforeEach
    void captureLogs() {
        logs.start();
        outageLog.addAppender(logs);
    }

    @AfterEach
    void stop() {
        outageLog.detachAppender(logs);
        replica.close();
        redis.close();
    }

    @Test
    void settlingAndExplainingDuringAnOutageNeitherHangNorCrash() {
        Admission held = admit("s", OPEN, 1);
        redis.kill();
        StepVerifier.create(replica.quotas.settle(held.permit(), Cost.ofUnits(2)))
                .expectComplete()
                .verify(WAIT);
        StepVerifier.create(replica.quotas.renew(held.permit()))
                .expectNext(false)
                .expectComplete()
                .verify(WAIT);
        StepVerifier.create(replica.quotas.explain("s", OPEN, ConversationSnapshot.NONE))
                .expectError(QuotaUnavailableException.class)
                .verify(WAIT);
        assertThat(messages(Level.WARN)).hasSize(1);
    }

    @Test
    void aReplicaStartedWhileRedisIsDownFailsOpenThenConnects() {
        redis.kill();
        try (Replica late = new Replica(QuotaProperties.defaults(redis.uri(), "test:late"))) {
            Admission early = Objects.requireNonNull(late.quotas
                    .admit(new AdmissionRequest("t", OPEN, ConversationSnapshot.NONE, Cost.ofUnits(1)))
                    .block(WAIT));
            assertThat(early.degraded()).isTrue();
            redis.restart();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> !Objects.requireNonNull(late.quotas
                                    .admit(new AdmissionRequest("t", OPEN, ConversationSnapshot.NONE, Cost.ofUnits(1)))
                                    .block(WAIT))
                            .degraded());
        }
    }

    @Test
    void anOpenPlanFallsBackToTheLocalLimiterAndAClosedPlanFailsClosedThenEnforcementResumes() {
        assertThat(admit("t", OPEN, 1).degraded()).isFalse();

        redis.kill();
        Admission degraded = admit("t", OPEN, 1);
        assertThat(degraded.admitted()).isTrue();
        assertThat(degraded.degraded()).isTrue();
        assertThat(degraded.permit().local()).isTrue();
        Admission large = admit("t", OPEN, 28);
        assertThat(large.admitted()).as("30 units a minute locally: 1 + 28 fit").isTrue();
        replica.quotas.settle(degraded.permit(), Cost.ofUnits(1)).block(WAIT);
        replica.quotas.settle(large.permit(), Cost.ofUnits(28)).block(WAIT);
        Admission overLocal = admit("t", OPEN, 2);
        assertThat(overLocal.limitHit()).isEqualTo(LimitHit.RATE);
        assertThat(overLocal.retryAfterSeconds()).isPositive();
        assertThat(admit("u", OPEN, 1).admitted()).isTrue();
        assertThat(admit("u", OPEN, 1).admitted()).isTrue();
        assertThat(admit("u", OPEN, 1).limitHit()).as("4 streams / 2 replicas").isEqualTo(LimitHit.CONCURRENCY);
        StepVerifier.create(request("t", CLOSED, 1))
                .expectError(QuotaUnavailableException.class)
                .verify(WAIT);

        assertThat(count("mode", "open", "outcome", "admitted")).isEqualTo(4);
        assertThat(count("mode", "open", "outcome", "refused")).isEqualTo(2);
        assertThat(count("mode", "closed", "outcome", "unavailable")).isEqualTo(1);
        assertThat(replica.meters.get("switchboard.quota.redis.outage").gauge().value())
                .isEqualTo(1.0);
        assertThat(messages(Level.WARN)).hasSize(1);

        redis.restart();
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> !admit("v", OPEN, 1).degraded());
        Admission resumed = admit("w", OPEN, 10);
        assertThat(resumed.degraded()).isFalse();
        assertThat(resumed.rateLimit().limit()).isEqualTo(10);
        assertThat(admit("w", OPEN, 1).limitHit())
                .as("the Redis bucket decides again")
                .isEqualTo(LimitHit.RATE);
        assertThat(admit("t", CLOSED, 1).admitted()).isTrue();
        assertThat(replica.meters.get("switchboard.quota.redis.outage").gauge().value())
                .isZero();
        assertThat(messages(Level.WARN)).hasSize(1);
        assertThat(messages(Level.INFO)).singleElement().asString().contains("reachable again");
    }

    private List<String> messages(Level level) {
        return logs.list.stream()
                .filter(e -> e.getLevel() == level)
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
    }

    private double count(String k1, String v1, String k2, String v2) {
        var counter = replica.meters
                .find("switchboard.quota.degraded")
                .tags(k1, v1, k2, v2)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private Admission admit(String tenant, Plan plan, double units) {
        return Objects.requireNonNull(request(tenant, plan, units).block(WAIT));
    }

    private Mono<Admission> request(String tenant, Plan plan, double units) {
        return replica.quotas.admit(new AdmissionRequest(tenant, plan, ConversationSnapshot.NONE, Cost.ofUnits(units)));
    }
}
