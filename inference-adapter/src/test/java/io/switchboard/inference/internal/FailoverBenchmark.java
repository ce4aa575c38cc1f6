package io.switchboard.inference.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.switchboard.inference.ChatRequest;
import io.switchboard.testing.fakeworker.Behaviour;
import io.switchboard.testing.fakeworker.Failure;
import io.switchboard.testing.fakeworker.FakeWorker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What failover costs, run on purpose ({@code scripts/bench-adapter}), never by the test suite: time to first token
 * and extra requests per scenario, against a baseline of healthy workers measured in the same run.
 */
public final class FailoverBenchmark {

    private static final int TURNS = Integer.getInteger("bench.turns", 300);
    private static final int CONCURRENCY = 8;

    private FailoverBenchmark() {}

    /** One scenario's figures. */
    record Result(String scenario, double p50Ms, double p99Ms, double extraRequests, long failedBeforeFirstToken) {}

    public static void main(String[] args) {
        Fixtures.warmUp();
        run("warm-up", workers -> {}, "health-interval", "1s");
        String[] isolated = {
            "eject-after-failures", "1000000", "breaker-minimum-calls", "1000000", "breaker-window", "1000000"
        };
        List<Result> results = new ArrayList<>();
        results.add(run("baseline: 3 healthy workers", workers -> {}, "health-interval", "1s"));
        results.add(run(
                "1 of 3 answers 503 + Retry-After: 1",
                workers -> workers.getFirst().behave(b -> b.withFailure(Failure.UNAVAILABLE, 0)),
                "health-interval",
                "1s"));
        results.add(run(
                "1 of 3 refuses connections (health checks every hour)",
                workers -> workers.getFirst().close(),
                "health-interval",
                "1h"));
        results.add(run(
                "1 of 3 never answers, first-token timeout 500 ms, no ejection or breaker",
                workers -> workers.getFirst().behave(b -> b.withFailure(Failure.NO_ANSWER, 0)),
                concat(isolated, "health-interval", "1s", "first-token-timeout", "500ms")));
        results.add(run(
                "1 of 3 never answers, first-token timeout 500 ms (default ejection and breaker)",
                workers -> workers.getFirst().behave(b -> b.withFailure(Failure.NO_ANSWER, 0)),
                "health-interval",
                "1s",
                "first-token-timeout",
                "500ms"));
        results.add(run(
                "all 3 answer 500, no ejection or breaker: the retry budget alone (20% + 10)",
                workers -> workers.forEach(w -> w.behave(b -> b.withFailure(Failure.SERVER_ERROR, 0))),
                concat(isolated, "health-interval", "1s")));
        print(results);
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    private static Result run(String scenario, Consumer<List<FakeWorker>> fault, String... settings) {
        Behaviour behaviour = Behaviour.defaults().withTokens(5).withFirstTokenDelay(Duration.ofMillis(20));
        List<FakeWorker> workers =
                List.of(FakeWorker.start(behaviour), FakeWorker.start(behaviour), FakeWorker.start(behaviour));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (InferenceAdapter adapter = InferenceAdapter.start(
                Fixtures.properties(workers.stream().map(FakeWorker::baseUrl).toList(), settings), registry)) {
            adapter.workers().checkAll().block(Duration.ofSeconds(30));
            fault.accept(workers);
            List<Double> ttft = Flux.range(0, TURNS)
                    .flatMap(
                            i -> firstToken(
                                    adapter,
                                    ChatRequest.of(null, Fixtures.request("b").messages())),
                            CONCURRENCY)
                    .collectList()
                    .block(Duration.ofMinutes(5));
            Counter spent = registry.find("switchboard.inference.retry.budget")
                    .tag("outcome", "spent")
                    .counter();
            double retries = spent == null ? 0 : spent.count();
            double[] ok = ttft.stream()
                    .filter(t -> t >= 0)
                    .mapToDouble(Double::doubleValue)
                    .sorted()
                    .toArray();
            return new Result(
                    scenario,
                    percentile(ok, 0.5),
                    percentile(ok, 0.99),
                    retries / TURNS,
                    ttft.stream().filter(t -> t < 0).count());
        } finally {
            workers.forEach(FakeWorker::close);
        }
    }

    /** Milliseconds to the first chunk, or -1 when the turn failed before it. */
    private static Mono<Double> firstToken(InferenceAdapter adapter, ChatRequest request) {
        return Mono.defer(() -> {
            long start = System.nanoTime();
            return adapter.completions().stream(request)
                    .next()
                    .map(chunk -> (System.nanoTime() - start) / 1e6)
                    .onErrorReturn(-1.0);
        });
    }

    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static void print(List<Result> results) {
        Result base = results.getFirst();
        System.out.printf(
                Locale.ROOT,
                "turns per scenario: %d, concurrency: %d, processors: %d%n%n",
                TURNS,
                CONCURRENCY,
                Runtime.getRuntime().availableProcessors());
        System.out.println(
                "| scenario | TTFT p50 (ms) | TTFT p99 (ms) | p50 vs baseline | extra requests (retries) | failed before first token |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (Result r : results) {
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %.2f× | %.1f%% | %d of %d |%n",
                    r.scenario(),
                    r.p50Ms(),
                    r.p99Ms(),
                    r.p50Ms() / base.p50Ms(),
                    100 * r.extraRequests(),
                    r.failedBeforeFirstToken(),
                    TURNS);
        }
    }
}
