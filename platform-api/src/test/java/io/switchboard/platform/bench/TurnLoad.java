package io.switchboard.platform.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * An open-loop load generator for the platform benchmark (scripts/bench-platform): sends requests at a fixed rate
 * for a fixed time to loopback only, each on a virtual thread, and reports latency percentiles and the rate it
 * actually achieved. Run apart from the tests, on purpose.
 */
public final class TurnLoad {

    private TurnLoad() {}

    /** What one run measured. */
    public record Result(
            String name,
            int targetRate,
            double achievedRate,
            long ok,
            long failed,
            double p50ms,
            double p90ms,
            double p99ms,
            double p999ms) {
        @Override
        public String toString() {
            return String.format(
                    "%-28s target %4d/s  achieved %7.1f/s  ok %6d  failed %5d  p50 %6.2f  p90 %6.2f  p99 %7.2f"
                            + "  p99.9 %7.2f ms",
                    name, targetRate, achievedRate, ok, failed, p50ms, p90ms, p99ms, p999ms);
        }
    }

    /**
     * Sends {@code rate} requests a second for {@code seconds}; {@code request} builds the i-th request. At most
     * {@code maxInFlight} requests are outstanding; a send that finds no slot counts as failed (overload).
     */
    public static Result run(
            String name, HttpClient client, int rate, int seconds, int maxInFlight, IntFunction<HttpRequest> request)
            throws InterruptedException {
        int total = rate * seconds;
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        // SWITCHBOARD_BENCH_TRACE=FILE appends "step, wall-clock ms at send, latency µs" per request, to line the slow
        // ones up with a GC log or a profile
        String trace = System.getenv("SWITCHBOARD_BENCH_TRACE");
        ConcurrentLinkedQueue<String> traced = new ConcurrentLinkedQueue<>();
        AtomicLong failed = new AtomicLong();
        Semaphore inFlight = new Semaphore(maxInFlight);
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < total; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                if (!inFlight.tryAcquire()) {
                    failed.incrementAndGet();
                    continue;
                }
                HttpRequest r = request.apply(i);
                executor.submit(() -> {
                    long t0 = System.nanoTime();
                    long sentAt = System.currentTimeMillis();
                    try {
                        HttpResponse<String> response = client.send(r, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() / 100 == 2) {
                            long latency = System.nanoTime() - t0;
                            latencies.add(latency);
                            if (trace != null) {
                                traced.add(name + "," + sentAt + "," + latency / 1000);
                            }
                        } else if (failed.incrementAndGet() == 1) {
                            System.err.println(
                                    name + ": first failure: HTTP " + response.statusCode() + " " + response.body());
                        }
                    } catch (Exception e) {
                        if (failed.incrementAndGet() == 1) {
                            System.err.println(name + ": first failure: " + e);
                        }
                    } finally {
                        inFlight.release();
                    }
                });
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (trace != null) {
            try {
                Files.write(Path.of(trace), traced, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(
                name,
                rate,
                sorted.length / elapsed,
                sorted.length,
                failed.get(),
                percentile(sorted, 0.50),
                percentile(sorted, 0.90),
                percentile(sorted, 0.99),
                percentile(sorted, 0.999));
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /** POST with a JSON body and a bearer key. */
    public static HttpRequest post(String url, String key, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return b.build();
    }
}
