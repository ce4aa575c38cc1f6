package io.switchboard.inference.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.switchboard.inference.StreamInterruptedException;
import io.switchboard.testing.fakeworker.Behaviour;
import io.switchboard.testing.fakeworker.FakeWorker;
import io.switchboard.testing.fakeworker.FakeWorkerProcess;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Three worker processes under a steady stream of requests; one is killed with SIGKILL and started again. What every
 * caller sees, and where the traffic goes.
 */
class WorkerCrashIntegrationTests {

    private static final int TOKENS = 20;
    private static final Duration HEALTH_INTERVAL = Duration.ofMillis(500);

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private List<FakeWorkerProcess> workers = List.of();

    /** What one caller saw: the text it received and how its stream ended. */
    record Outcome(String text, @Nullable Throwable error) {}

    @AfterEach
    void stopWorkers() {
        workers.forEach(FakeWorkerProcess::close);
    }

    @Test
    void aKilledWorkerCostsOnlyTheStreamsItWasServingAndComesBackWhenRestarted() {
        Behaviour behaviour = Behaviour.defaults().withTokens(TOKENS).withInterTokenDelay(Duration.ofMillis(50));
        List<CompletableFuture<FakeWorkerProcess>> starting = IntStream.range(0, 3)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> FakeWorkerProcess.start(behaviour)))
                .toList();
        workers = starting.stream().map(CompletableFuture::join).toList();
        FakeWorkerProcess victim = workers.getFirst();
        try (InferenceAdapter adapter = Fixtures.adapter(
                registry,
                workers.stream().map(FakeWorkerProcess::baseUrl).toList(),
                "health-interval",
                HEALTH_INTERVAL.toMillis() + "ms",
                "first-token-timeout",
                "5s",
                "stall-timeout",
                "5s")) {
            warmUp(adapter);
            Disposable load = steadyLoad(adapter);
            try {
                await().atMost(Duration.ofSeconds(60))
                        .ignoreExceptions()
                        .until(() -> victim.stats().completed() >= 5
                                && victim.stats().running() >= 2);
                victim.kill();
                long killedAt = System.nanoTime();
                Worker dead = adapter.workers().byId(victim.baseUrl());
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> !dead.health().ready());
                assertThat(Duration.ofNanos(System.nanoTime() - killedAt))
                        .as("out of rotation within a health interval (plus a check's own time)")
                        .isLessThan(HEALTH_INTERVAL.plusMillis(700));

                double triesOnDead = attemptsOnDeadWorkers();
                int seen = outcomes.size();
                await().atMost(Duration.ofSeconds(60)).until(() -> outcomes.size() >= seen + 20);
                assertThat(attemptsOnDeadWorkers())
                        .as("no request sent to the dead worker")
                        .isEqualTo(triesOnDead);

                victim.restart();
                await().atMost(Duration.ofSeconds(60))
                        .ignoreExceptions()
                        .until(() -> victim.stats().completed() >= 3);
            } finally {
                load.dispose();
            }
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> adapter.workers().all().stream()
                            .allMatch(w -> w.inFlight().get() == 0));
        }

        String whole = FakeWorker.expectedText(TOKENS);
        List<Outcome> all = List.copyOf(outcomes);
        assertThat(all).allSatisfy(outcome -> {
            if (outcome.error() == null) {
                assertThat(outcome.text()).isEqualTo(whole);
            } else {
                assertThat(outcome.error())
                        .as("a stream that fails has already received text, and says it was cut")
                        .isInstanceOf(StreamInterruptedException.class);
                assertThat(((StreamInterruptedException) outcome.error()).worker())
                        .isEqualTo(workers.getFirst().baseUrl());
                assertThat(outcome.text()).isNotEmpty().isNotEqualTo(whole);
                assertThat(whole).startsWith(outcome.text());
            }
        });
        assertThat(all).filteredOn(o -> o.error() != null).isNotEmpty();
    }

    /** About ten new streams a second, each received to its end or its error, until disposed. */
    private Disposable steadyLoad(InferenceAdapter adapter) {
        return Flux.interval(Duration.ofMillis(100))
                .onBackpressureDrop()
                .flatMap(
                        i -> {
                            StringBuilder text = new StringBuilder();
                            return adapter.completions().stream(Fixtures.request("conversation-" + i))
                                    .doOnNext(chunk -> text.append(chunk.text()))
                                    .then(Mono.fromCallable(() -> new Outcome(text.toString(), null)))
                                    .onErrorResume(e -> Mono.just(new Outcome(text.toString(), e)))
                                    .doOnNext(outcomes::add);
                        },
                        256)
                .subscribe();
    }

    /** Serves a few replies from every worker process before the clock starts, as a deployment's readiness would. */
    private void warmUp(InferenceAdapter adapter) {
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() -> {
            adapter.completions().stream(Fixtures.request("warm-up-" + System.nanoTime()))
                    .blockLast(Duration.ofSeconds(30));
            return workers.stream().allMatch(w -> w.stats().completed() >= 2);
        });
    }

    private double attemptsOnDeadWorkers() {
        return registry.find("switchboard.inference.failovers").counters().stream()
                .filter(c ->
                        List.of("connect", "connection_lost").contains(c.getId().getTag("cause")))
                .mapToDouble(Counter::count)
                .sum();
    }
}
