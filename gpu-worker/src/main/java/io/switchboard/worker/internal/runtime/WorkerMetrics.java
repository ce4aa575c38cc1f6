package io.switchboard.worker.internal.runtime;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.function.DoubleSupplier;

/**
 * The worker's Prometheus metrics: latency histograms (time to first token, inter-token, end-to-end, queue),
 * token counters and load gauges, written in the text exposition format without a metrics library.
 */
public final class WorkerMetrics {

    private static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60};

    /** A cumulative histogram in seconds. */
    static final class Histogram {
        private final String name;
        private final String help;
        private final AtomicLongArray counts = new AtomicLongArray(BUCKETS.length);
        private final AtomicLong count = new AtomicLong();
        private final DoubleAdder sum = new DoubleAdder();

        Histogram(String name, String help) {
            this.name = name;
            this.help = help;
        }

        void observeNanos(long nanos) {
            double seconds = nanos / 1e9;
            for (int i = 0; i < BUCKETS.length; i++) {
                if (seconds <= BUCKETS[i]) {
                    counts.incrementAndGet(i);
                }
            }
            count.incrementAndGet();
            sum.add(seconds);
        }

        void write(StringBuilder out) {
            out.append("# HELP ").append(name).append(' ').append(help).append('\n');
            out.append("# TYPE ").append(name).append(" histogram\n");
            for (int i = 0; i < BUCKETS.length; i++) {
                out.append(name).append("_bucket{le=\"").append(BUCKETS[i]).append("\"} ");
                out.append(counts.get(i)).append('\n');
            }
            out.append(name).append("_bucket{le=\"+Inf\"} ").append(count.get()).append('\n');
            out.append(name)
                    .append("_sum ")
                    .append(String.format(Locale.ROOT, "%.6f", sum.sum()))
                    .append('\n');
            out.append(name).append("_count ").append(count.get()).append('\n');
        }
    }

    final Histogram timeToFirstToken =
            new Histogram("worker_time_to_first_token_seconds", "Request arrival to first token.");
    final Histogram interToken =
            new Histogram("worker_inter_token_latency_seconds", "Time between two tokens of a sequence.");
    final Histogram endToEnd = new Histogram("worker_e2e_request_latency_seconds", "Request arrival to completion.");
    final Histogram queueTime = new Histogram("worker_queue_time_seconds", "Time a request waited for a batch slot.");
    final AtomicLong promptTokens = new AtomicLong();
    final AtomicLong generationTokens = new AtomicLong();
    final AtomicLong requestsFinished = new AtomicLong();
    final AtomicLong requestsRejected = new AtomicLong();

    /** The exposition text, with the current gauges supplied by the caller. */
    public String scrape(DoubleSupplier running, DoubleSupplier waiting, DoubleSupplier kvUsage, long weightBytes) {
        StringBuilder out = new StringBuilder();
        gauge(out, "worker_num_requests_running", "Sequences in the running batch.", running.getAsDouble());
        gauge(out, "worker_num_requests_waiting", "Requests queued for a slot.", waiting.getAsDouble());
        gauge(out, "worker_kv_cache_usage_ratio", "Share of KV-cache cells in use.", kvUsage.getAsDouble());
        gauge(out, "worker_weight_bytes", "Bytes the model weights occupy on the device.", weightBytes);
        counter(out, "worker_prompt_tokens_total", "Prompt tokens prefilled.", promptTokens.get());
        counter(out, "worker_generation_tokens_total", "Tokens generated.", generationTokens.get());
        counter(out, "worker_requests_finished_total", "Requests completed or cancelled.", requestsFinished.get());
        counter(
                out,
                "worker_requests_rejected_total",
                "Requests refused because the queue was full.",
                requestsRejected.get());
        for (Histogram h : new Histogram[] {timeToFirstToken, interToken, endToEnd, queueTime}) {
            h.write(out);
        }
        return out.toString();
    }

    public void rejected() {
        requestsRejected.incrementAndGet();
    }

    private static void gauge(StringBuilder out, String name, String help, double value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" gauge\n");
        out.append(name)
                .append(' ')
                .append(String.format(Locale.ROOT, "%s", value))
                .append('\n');
    }

    private static void counter(StringBuilder out, String name, String help, long value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" counter\n");
        out.append(name).append(' ').append(value).append('\n');
    }
}
