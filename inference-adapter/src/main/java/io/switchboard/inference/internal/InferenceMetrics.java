package io.switchboard.inference.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * The adapter's meters ({@code switchboard.inference.*}); workers are a bounded set, so the worker URL is a tag.
 * Breaker and bulkhead state come from Resilience4j's own Micrometer binders ({@code resilience4j.circuitbreaker.*}).
 */
final class InferenceMetrics {

    static final String PREFIX = "switchboard.inference.";

    private final MeterRegistry registry;

    InferenceMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    MeterRegistry registry() {
        return registry;
    }

    void firstToken(Worker worker, Duration elapsed) {
        Timer.builder(PREFIX + "time.to.first.token")
                .description("From sending a request to a worker to its first token")
                .tag("worker", worker.id())
                .publishPercentiles(0.5, 0.99)
                .register(registry)
                .record(elapsed);
    }

    void streamed(Worker worker, long tokens, Duration sinceFirstToken) {
        Counter.builder(PREFIX + "tokens")
                .tag("worker", worker.id())
                .register(registry)
                .increment(tokens);
        if (tokens > 1 && !sinceFirstToken.isZero()) {
            DistributionSummary.builder(PREFIX + "tokens.per.second")
                    .description("Decoding speed of one stream after its first token")
                    .tag("worker", worker.id())
                    .register(registry)
                    .record((tokens - 1) / (sinceFirstToken.toNanos() / 1e9));
        }
    }

    void failover(FailureCause cause) {
        Counter.builder(PREFIX + "failovers")
                .description("Requests moved to another worker before their first token")
                .tag("cause", cause.tag())
                .register(registry)
                .increment();
    }

    void retryBudget(String outcome) {
        Counter.builder(PREFIX + "retry.budget")
                .description("Retries taken from the retry budget (spent) or refused by it (exhausted)")
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    void budget(RetryBudget budget) {
        Gauge.builder(PREFIX + "retry.budget.available", budget, RetryBudget::available)
                .register(registry);
    }

    void outcome(String outcome) {
        Counter.builder(PREFIX + "requests")
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    void added(Worker worker) {
        Gauge.builder(PREFIX + "in.flight", worker.inFlight(), Number::doubleValue)
                .description("Our requests in flight on a worker")
                .tag("worker", worker.id())
                .register(registry);
        Gauge.builder(PREFIX + "worker.load", worker, w -> w.health().sequences())
                .description("Sequences a worker reported, running or waiting")
                .tag("worker", worker.id())
                .register(registry);
    }

    void removed(Worker worker) {
        registry.find(PREFIX + "in.flight").tag("worker", worker.id()).meters().forEach(registry::remove);
        registry.find(PREFIX + "worker.load")
                .tag("worker", worker.id())
                .meters()
                .forEach(registry::remove);
    }
}
