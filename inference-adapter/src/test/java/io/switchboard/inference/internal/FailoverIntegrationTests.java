package io.switchboard.inference.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.switchboard.inference.ChatChunk;
import io.switchboard.inference.NoWorkerAvailableException;
import io.switchboard.testing.fakeworker.Behaviour;
import io.switchboard.testing.fakeworker.Failure;
import io.switchboard.testing.fakeworker.FakeWorker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.test.StepVerifier;

/** Failover before the first token, the breaker and the retry budget, against real workers on loopback. */
class FailoverIntegrationTests {

    private final List<AutoCloseable> closing = new ArrayList<>();
    private final MeterRegistry registry = new SimpleMeterRegistry();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : closing.reversed()) {
            c.close();
        }
    }

    private FakeWorker worker(Behaviour behaviour) {
        FakeWorker worker = FakeWorker.start(behaviour);
        closing.add(worker);
        return worker;
    }

    private InferenceAdapter adapter(List<FakeWorker> workers, String... overrides) {
        InferenceAdapter adapter = Fixtures.adapter(
                registry, workers.stream().map(FakeWorker::baseUrl).toList(), overrides);
        closing.add(adapter);
        return adapter;
    }

    /** Makes {@code spare} look busier than {@code first}, so that routing tries {@code first} first. */
    private static void preferFirst(InferenceAdapter adapter, FakeWorker spare) {
        spare.behave(b -> b.withReportedLoad(0, 5, 0));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> adapter.workers().byId(spare.baseUrl()).health().running() == 5);
    }

    private double failovers(String cause) {
        Counter counter = registry.find("switchboard.inference.failovers")
                .tag("cause", cause)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static void expectWholeReplyFrom(InferenceAdapter adapter, FakeWorker worker) {
        List<ChatChunk> chunks = adapter.completions().stream(Fixtures.request("c1"))
                .collectList()
                .block(Duration.ofSeconds(30));
        assertThat(Fixtures.text(chunks)).isEqualTo(FakeWorker.expectedText(10));
        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.worker()).isEqualTo(worker.baseUrl()));
    }

    @Test
    void movesToAnotherWorkerOn503BeforeTheFirstToken() {
        FakeWorker busy = worker(Behaviour.defaults().withFailure(Failure.UNAVAILABLE, 0));
        FakeWorker spare = worker(Behaviour.defaults());
        InferenceAdapter adapter = adapter(List.of(busy, spare));
        preferFirst(adapter, spare);

        expectWholeReplyFrom(adapter, spare);

        assertThat(busy.stats().requests()).isEqualTo(1);
        assertThat(failovers("unavailable")).isEqualTo(1);
        assertThat(adapter.workers().routable())
                .as("the worker asked for a second without requests (Retry-After: 1)")
                .extracting(Worker::id)
                .containsExactly(spare.baseUrl());
    }

    @Test
    void movesToAnotherWorkerWhenTheConnectionIsRefused() {
        FakeWorker gone = worker(Behaviour.defaults());
        // busier from the start: with checks an hour apart, only the first check (at start-up) can tell
        FakeWorker spare = worker(Behaviour.defaults().withReportedLoad(0, 5, 0));
        InferenceAdapter adapter = adapter(List.of(gone, spare), "health-interval", "1h");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> adapter.workers().byId(spare.baseUrl()).health().running() == 5);
        gone.close();

        expectWholeReplyFrom(adapter, spare);

        // a kept-alive connection from the start-up health check may still be in the pool when the worker dies:
        // the request then fails on it as a lost connection instead of a refused one; either is one failover
        assertThat(failovers("connect") + failovers("connection_lost")).isEqualTo(1);
    }

    @Test
    void movesToAnotherWorkerWhenNoFirstTokenComesInTimeAndFreesTheAbandonedSlot() {
        FakeWorker silent = worker(Behaviour.defaults().withFailure(Failure.NO_ANSWER, 0));
        FakeWorker spare = worker(Behaviour.defaults());
        InferenceAdapter adapter = adapter(List.of(silent, spare), "first-token-timeout", "1s");
        preferFirst(adapter, spare);

        long start = System.nanoTime();
        expectWholeReplyFrom(adapter, spare);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(failovers("first_token_timeout")).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> silent.stats().running() == 0);
    }

    @Test
    void aClientThatGoesAwayFreesTheWorkersSlot() {
        FakeWorker worker = worker(Behaviour.defaults().withTokens(200).withInterTokenDelay(Duration.ofMillis(50)));
        InferenceAdapter adapter = adapter(List.of(worker));

        StepVerifier.create(adapter.completions().stream(Fixtures.request("c1")))
                .expectNextCount(3)
                .thenCancel()
                .verify(Duration.ofSeconds(20));

        await().atMost(Duration.ofSeconds(10)).until(() -> WorkerHealth.running(worker.baseUrl()) == 0);
        assertThat(worker.stats().cancelled()).isEqualTo(1);
        assertThat(adapter.workers().byId(worker.baseUrl()).inFlight()).hasValue(0);
    }

    @Test
    void cancelledProbesDoNotLeaveTheBreakerHalfOpen() {
        FakeWorker worker = worker(Behaviour.defaults().withFailure(Failure.SERVER_ERROR, 0));
        InferenceAdapter adapter = adapter(
                List.of(worker),
                "breaker-window",
                "2",
                "breaker-minimum-calls",
                "2",
                "breaker-half-open-calls",
                "1",
                "breaker-open-wait",
                "300ms",
                "eject-after-failures",
                "100");
        CircuitBreaker breaker = adapter.breakers().circuitBreaker(worker.baseUrl());
        for (int i = 0; i < 2; i++) {
            StepVerifier.create(adapter.completions().stream(Fixtures.request("c1")))
                    .expectError(NoWorkerAvailableException.class)
                    .verify(Duration.ofSeconds(20));
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        worker.behave(Behaviour.defaults().withFirstTokenDelay(Duration.ofSeconds(30)));
        await().atMost(Duration.ofSeconds(10)).until(() -> breaker.getState() == CircuitBreaker.State.HALF_OPEN);

        for (int probe = 1; probe <= 3; probe++) {
            long before = worker.stats().requests();
            Disposable stream =
                    adapter.completions().stream(Fixtures.request("c1")).subscribe();
            await().atMost(Duration.ofSeconds(10)).until(() -> worker.stats().requests() == before + 1);
            stream.dispose();
        }
        worker.behave(Behaviour.defaults());
        expectWholeReplyFrom(adapter, worker);

        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void theRetryBudgetBoundsExtraRequestsWhenEveryWorkerFails() {
        List<FakeWorker> workers = List.of(
                worker(Behaviour.defaults().withFailure(Failure.SERVER_ERROR, 0)),
                worker(Behaviour.defaults().withFailure(Failure.SERVER_ERROR, 0)),
                worker(Behaviour.defaults().withFailure(Failure.SERVER_ERROR, 0)));
        InferenceAdapter adapter = adapter(
                workers,
                "retry-budget-ratio",
                "0.2",
                "retry-budget-reserve",
                "2",
                "max-attempts",
                "3",
                "eject-after-failures",
                "1000",
                "breaker-window",
                "1000",
                "breaker-minimum-calls",
                "1000");
        int turns = 40;

        for (int i = 0; i < turns; i++) {
            StepVerifier.create(adapter.completions().stream(Fixtures.request("c" + i)))
                    .expectError(NoWorkerAvailableException.class)
                    .verify(Duration.ofSeconds(20));
        }

        long sent = workers.stream().mapToLong(w -> w.stats().requests()).sum();
        assertThat(sent).as("at most 20%% extra requests plus a reserve of 2").isBetween((long) turns, turns + 8L + 2L);
        assertThat(registry.find("switchboard.inference.retry.budget")
                        .tag("outcome", "exhausted")
                        .counter()
                        .count())
                .isPositive();
    }

    @Test
    void aRoleChunkAloneDoesNotCountAsTheFirstToken() {
        FakeWorker mute = worker(Behaviour.defaults().withFailure(Failure.HANG, 0));
        FakeWorker spare = worker(Behaviour.defaults());
        InferenceAdapter adapter = adapter(List.of(mute, spare), "first-token-timeout", "1s");
        preferFirst(adapter, spare);

        expectWholeReplyFrom(adapter, spare);

        assertThat(mute.stats().requests()).isEqualTo(1);
        assertThat(failovers("first_token_timeout")).isEqualTo(1);
    }
}
