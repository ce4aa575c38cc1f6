package io.switchboard.inference.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.switchboard.inference.ChatChunk;
import io.switchboard.testing.fakeworker.Behaviour;
import io.switchboard.testing.fakeworker.FakeWorker;
import io.switchboard.testing.fakeworker.Readiness;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** Where requests go: load, affinity, the pool's load signal and discovery, against real workers on loopback. */
class RoutingIntegrationTests {

    private final List<AutoCloseable> closing = new ArrayList<>();

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
        InferenceAdapter adapter =
                Fixtures.adapter(workers.stream().map(FakeWorker::baseUrl).toList(), overrides);
        closing.add(adapter);
        return adapter;
    }

    private static String servedBy(InferenceAdapter adapter, String conversation) {
        return adapter.completions().stream(Fixtures.request(conversation))
                .blockLast(Duration.ofSeconds(30))
                .worker();
    }

    @Test
    void aSlowWorkerGetsASmallerShareOfTraffic() {
        Behaviour normal = Behaviour.defaults().withTokens(10).withInterTokenDelay(Duration.ofMillis(20));
        FakeWorker slow = worker(normal.withInterTokenDelay(Duration.ofMillis(200)));
        List<FakeWorker> fast = List.of(worker(normal), worker(normal));
        InferenceAdapter adapter = adapter(List.of(slow, fast.get(0), fast.get(1)));
        int turns = 90;

        List<ChatChunk> last = Flux.range(0, turns)
                .flatMap(
                        i -> adapter.completions().stream(Fixtures.request("c" + i))
                                .last(),
                        9)
                .collectList()
                .block(Duration.ofSeconds(90));

        assertThat(last).hasSize(turns);
        double slowShare = slow.stats().requests() / (double) turns;
        assertThat(slowShare).as("a fair share would be a third").isLessThan(0.2);
        assertThat(fast).allSatisfy(w -> assertThat(w.stats().requests()).isGreaterThan(turns / 3));
    }

    @Test
    void keepsAConversationOnItsWorkerUntilThatWorkerIsTooBusy() {
        List<FakeWorker> workers =
                List.of(worker(Behaviour.defaults()), worker(Behaviour.defaults()), worker(Behaviour.defaults()));
        InferenceAdapter adapter = adapter(workers, "affinity-max-excess", "4");

        String first = servedBy(adapter, "conversation-7");
        for (int turn = 0; turn < 5; turn++) {
            assertThat(servedBy(adapter, "conversation-7")).isEqualTo(first);
        }

        FakeWorker affine = workers.stream()
                .filter(w -> w.baseUrl().equals(first))
                .findFirst()
                .orElseThrow();
        affine.behave(b -> b.withReportedLoad(3, 10, 0.5));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> adapter.workers().byId(first).health().sequences() == 13);
        assertThat(servedBy(adapter, "conversation-7")).isNotEqualTo(first);
    }

    @Test
    void publishesThePoolsLoadFromTheWorkersReports() {
        FakeWorker half = worker(Behaviour.defaults().withReportedLoad(4, 12, 0.1));
        FakeWorker kvBound = worker(Behaviour.defaults().withReportedLoad(0, 0, 0.5));
        InferenceAdapter adapter = adapter(List.of(half, kvBound), "worker-capacity", "32");

        await().atMost(Duration.ofSeconds(10))
                .until(() -> Math.abs(adapter.load().current() - 0.5) < 1e-9);
        half.behave(b -> b.withReadiness(Readiness.DRAINING));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Math.abs(adapter.load().current() - 0.75) < 1e-9);
        StepVerifier.create(adapter.load().changes().take(1))
                .expectNext(0.75)
                .expectComplete()
                .verify(Duration.ofSeconds(10));
    }

    @Test
    void stopsSendingToAWorkerThatReportsDraining() {
        FakeWorker draining = worker(Behaviour.defaults());
        FakeWorker other = worker(Behaviour.defaults());
        InferenceAdapter adapter = adapter(List.of(draining, other));
        draining.behave(b -> b.withReadiness(Readiness.DRAINING));
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        !adapter.workers().byId(draining.baseUrl()).health().ready());
        long before = draining.stats().requests();

        for (int i = 0; i < 10; i++) {
            assertThat(servedBy(adapter, "c" + i)).isEqualTo(other.baseUrl());
        }
        assertThat(draining.stats().requests()).isEqualTo(before);
    }

    @Test
    void findsWorkersByDnsAndFollowsTheRecords() {
        Fixtures.warmUp();
        FakeWorker worker = worker(Behaviour.defaults());
        AtomicInteger lookups = new AtomicInteger();
        AtomicReference<List<InetAddress>> records = new AtomicReference<>(List.of(InetAddress.getLoopbackAddress()));
        Discovery.Resolver resolver = name -> {
            lookups.incrementAndGet();
            if (!name.equals("workers.switchboard.svc.cluster.local")) {
                throw new UnknownHostException(name);
            }
            List<InetAddress> now = records.get();
            if (now.isEmpty()) {
                throw new UnknownHostException(name);
            }
            return now;
        };
        InferenceAdapter adapter = InferenceAdapter.start(
                Fixtures.bind(java.util.Map.of(
                        "switchboard.inference.dns-name", "workers.switchboard.svc.cluster.local",
                        "switchboard.inference.dns-port", Integer.toString(worker.port()),
                        "switchboard.inference.dns-refresh", "100ms")),
                new SimpleMeterRegistry(),
                resolver,
                reactor.core.scheduler.Schedulers.parallel());
        closing.add(adapter);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> adapter.workers().all().size() == 1);
        assertThat(servedBy(adapter, "c1")).isEqualTo(worker.baseUrl());

        records.set(List.of());
        int before = lookups.get();
        await().atMost(Duration.ofSeconds(10)).until(() -> lookups.get() >= before + 3);
        assertThat(adapter.workers().all())
                .as("a failed lookup keeps the workers known")
                .hasSize(1);
    }
}
