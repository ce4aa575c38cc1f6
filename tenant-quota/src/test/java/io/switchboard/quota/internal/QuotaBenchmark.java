package io.switchboard.quota.internal;

import io.lettuce.core.api.async.RedisAsyncCommands;
import io.switchboard.quota.Admission;
import io.switchboard.quota.AdmissionRequest;
import io.switchboard.quota.ConversationSnapshot;
import io.switchboard.quota.Cost;
import io.switchboard.quota.FailMode;
import io.switchboard.quota.Plan;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Admission latency and throughput against a real Redis, next to a bare PING round trip on the same kind of
 * connection measured in the same run; run by {@code scripts/bench-quota}, never by the test suite.
 *
 * <p>Arguments: {@code [redis-uri] [seconds per phase] [concurrency]}.
 */
public final class QuotaBenchmark {

    /** A plan so large that the rate never refuses: the benchmark measures the admission's cost, not refusals. */
    private static final Plan ROOMY =
            new Plan("bench", "Bench", 1e7, 1e7, 1e7, 0.3, 0.15, 0.25, 10, 1_000_000, FailMode.OPEN);

    public static void main(String[] args) {
        String uri = args.length > 0 ? args[0] : "redis://127.0.0.1:6379";
        Duration phase = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 5);
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        String prefix = "bench:quota:" + System.nanoTime();
        Replica replica = new Replica(QuotaProperties.defaults(uri, prefix).withRedisTimeout(Duration.ofSeconds(5)));
        try (replica;
                RedisTime redis = new RedisTime(uri)) {
            RedisAsyncCommands<String, String> commands =
                    replica.link.commands().block(Duration.ofSeconds(5));
            Supplier<Mono<?>> ping = () -> Mono.fromCompletionStage(commands.ping());
            Supplier<Mono<?>> hot = () -> turn(replica, "hot");
            Supplier<Mono<?>> spread =
                    () -> turn(replica, "tenant-" + ThreadLocalRandom.current().nextInt(1000));
            Function<Object, Mono<?>> none = result -> Mono.empty();
            Function<Object, Mono<?>> release = result -> settle(replica, result);
            latencies(ping, none, phase);
            latencies(hot, release, phase);
            latencies(spread, release, phase);
            System.out.printf(
                    Locale.ROOT,
                    "%d cores, load average %s, %s, phases of %d s%n%n",
                    Runtime.getRuntime().availableProcessors(),
                    loadAverage(),
                    uri,
                    phase.toSeconds());
            System.out.printf(
                    "| workload | p50 µs | p99 µs | p99.9 µs | ops/s, %d in flight |%n|---|---:|---:|---:|---:|%n",
                    concurrency);
            report("PING round trip (baseline)", ping, none, phase, concurrency);
            report("admission, one hot tenant", hot, release, phase, concurrency);
            report("admission, 1,000 tenants", spread, release, phase, concurrency);
            redis.deleteKeys(prefix);
        }
    }

    /** One admission; its settle is chained after the timed part (see {@link #settle}). */
    private static Mono<Admission> turn(Replica replica, String tenant) {
        return replica.quotas
                .admit(new AdmissionRequest(tenant, ROOMY, ConversationSnapshot.NONE, Cost.ofUnits(1)))
                .flatMap(a -> a.admitted()
                        ? Mono.just(a)
                        : Mono.error(new IllegalStateException("benchmark plan refused: " + a)));
    }

    /** Releases an admission's lease so the lease set stays at its steady-state size, as in production. */
    private static Mono<?> settle(Replica replica, Object result) {
        return result instanceof Admission a && a.permit() != null
                ? replica.quotas.settle(a.permit(), Cost.ofUnits(1))
                : Mono.empty();
    }

    private static void report(
            String name, Supplier<Mono<?>> op, Function<Object, Mono<?>> after, Duration phase, int concurrency) {
        latencies(op, after, phase.dividedBy(2));
        long[] sorted = latencies(op, after, phase);
        double opsPerSecond = throughput(op, after, phase, concurrency);
        System.out.printf(
                Locale.ROOT,
                "| %s | %.0f | %.0f | %.0f | %,.0f |%n",
                name,
                percentile(sorted, 0.50),
                percentile(sorted, 0.99),
                percentile(sorted, 0.999),
                opsPerSecond);
    }

    /** One operation at a time, each timed from subscription to its result. */
    private static long[] latencies(Supplier<Mono<?>> op, Function<Object, Mono<?>> after, Duration phase) {
        long end = System.nanoTime() + phase.toNanos();
        long[] samples = new long[1 << 16];
        int n = 0;
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            Object result = op.get().block(Duration.ofSeconds(5));
            long took = System.nanoTime() - start;
            if (result != null) {
                after.apply(result).block(Duration.ofSeconds(5));
            }
            if (n == samples.length) {
                samples = Arrays.copyOf(samples, n * 2);
            }
            samples[n++] = took;
        }
        long[] sorted = Arrays.copyOf(samples, n);
        Arrays.sort(sorted);
        return sorted;
    }

    /** Operations completed per second with {@code concurrency} loops in flight (an admission's settle included). */
    private static double throughput(
            Supplier<Mono<?>> op, Function<Object, Mono<?>> after, Duration phase, int concurrency) {
        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        long end = start + phase.toNanos();
        Flux.range(0, concurrency)
                .flatMap(
                        i -> Mono.defer(op::get)
                                .doOnNext(x -> done.incrementAndGet())
                                .flatMap(after)
                                .repeat(() -> System.nanoTime() < end)
                                .then(),
                        concurrency)
                .blockLast(phase.plusSeconds(30));
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    private static String loadAverage() {
        return String.format(
                Locale.ROOT,
                "%.2f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
    }

    private static double percentile(long[] sorted, double p) {
        int i = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1000.0;
    }
}
