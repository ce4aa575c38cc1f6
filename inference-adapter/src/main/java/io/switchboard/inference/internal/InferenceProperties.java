package io.switchboard.inference.internal;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the inference adapter ({@code switchboard.inference.*}), checked when the application starts.
 *
 * @param workers static worker base URLs, comma-separated ({@code http://10.0.0.7:8000,…})
 * @param dnsName a name whose A/AAAA records are the workers (a Kubernetes headless service), or none
 * @param dnsPort the workers' port when discovered by DNS
 * @param dnsRefresh how often the DNS name is resolved again
 * @param model the model name sent in each request
 * @param healthInterval how often each worker's {@code /health} is read
 * @param healthTimeout how long a health check may take before the worker counts as down
 * @param connectTimeout TCP connect timeout
 * @param firstTokenTimeout how long a worker may take to send the first token before the request moves on
 * @param stallTimeout the longest gap between two tokens
 * @param deadline the longest a whole turn may take, failovers included
 * @param maxAttempts the most workers one turn is tried on
 * @param retryBudgetRatio extra requests allowed for retries, as a share of requests (0.2: at most 20% more)
 * @param retryBudgetReserve retries always allowed, for low traffic (the budget's starting and smallest cap)
 * @param ejectAfterFailures consecutive failures that take a worker out of rotation
 * @param ejectionTime how long the first ejection lasts (it doubles for each ejection in a row)
 * @param maxEjectionTime the longest an ejection lasts
 * @param affinityMaxExcess how much more loaded than the least loaded candidate a conversation's worker may be and
 *     still keep the conversation
 * @param workerCapacity the sequences a worker runs at full load, for the pool's load signal
 * @param breakerFailureRate failure percentage that opens a worker's breaker
 * @param breakerWindow calls in the breaker's sliding window
 * @param breakerMinimumCalls calls before the breaker judges a failure rate
 * @param breakerOpenWait how long an open breaker waits before it lets probes through
 * @param breakerHalfOpenCalls probe calls in the half-open state
 * @param bulkheadMaxConcurrent the most requests in flight to one worker
 */
@ConfigurationProperties("switchboard.inference")
public record InferenceProperties(
        @DefaultValue List<String> workers,
        @Nullable String dnsName,
        @DefaultValue("8000") int dnsPort,
        @DefaultValue("30s") Duration dnsRefresh,
        @DefaultValue("switchboard") String model,
        @DefaultValue("2s") Duration healthInterval,
        @DefaultValue("1s") Duration healthTimeout,
        @DefaultValue("1s") Duration connectTimeout,
        @DefaultValue("2s") Duration firstTokenTimeout,
        @DefaultValue("5s") Duration stallTimeout,
        @DefaultValue("120s") Duration deadline,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("0.2") double retryBudgetRatio,
        @DefaultValue("10") int retryBudgetReserve,
        @DefaultValue("3") int ejectAfterFailures,
        @DefaultValue("5s") Duration ejectionTime,
        @DefaultValue("60s") Duration maxEjectionTime,
        @DefaultValue("4") int affinityMaxExcess,
        @DefaultValue("32") int workerCapacity,
        @DefaultValue("50") float breakerFailureRate,
        @DefaultValue("20") int breakerWindow,
        @DefaultValue("10") int breakerMinimumCalls,
        @DefaultValue("10s") Duration breakerOpenWait,
        @DefaultValue("2") int breakerHalfOpenCalls,
        @DefaultValue("256") int bulkheadMaxConcurrent) {

    public InferenceProperties {
        workers = workers.stream().map(String::strip).filter(w -> !w.isEmpty()).toList();
        workers.forEach(WorkerAddress::new);
        if (dnsName != null && dnsName.isBlank()) {
            dnsName = null;
        }
        if (workers.isEmpty() && dnsName == null) {
            throw new IllegalArgumentException(
                    "switchboard.inference needs workers (comma-separated base URLs) or dns-name (a headless service)");
        }
        positive("dns-refresh", dnsRefresh);
        positive("health-interval", healthInterval);
        positive("health-timeout", healthTimeout);
        positive("connect-timeout", connectTimeout);
        positive("first-token-timeout", firstTokenTimeout);
        positive("stall-timeout", stallTimeout);
        positive("deadline", deadline);
        positive("ejection-time", ejectionTime);
        if (maxEjectionTime.compareTo(ejectionTime) < 0) {
            throw new IllegalArgumentException(
                    "switchboard.inference.max-ejection-time must be at least ejection-time");
        }
        atLeastOne("max-attempts", maxAttempts);
        atLeastOne("eject-after-failures", ejectAfterFailures);
        atLeastOne("worker-capacity", workerCapacity);
        atLeastOne("breaker-window", breakerWindow);
        atLeastOne("breaker-minimum-calls", breakerMinimumCalls);
        atLeastOne("breaker-half-open-calls", breakerHalfOpenCalls);
        atLeastOne("bulkhead-max-concurrent", bulkheadMaxConcurrent);
        atLeastOne("dns-port", dnsPort);
        if (retryBudgetRatio < 0 || retryBudgetRatio > 1 || retryBudgetReserve < 0 || affinityMaxExcess < 0) {
            throw new IllegalArgumentException(
                    "switchboard.inference: retry-budget-ratio in [0, 1], retry-budget-reserve and affinity-max-excess >= 0");
        }
        if (breakerFailureRate <= 0 || breakerFailureRate > 100) {
            throw new IllegalArgumentException("switchboard.inference.breaker-failure-rate must be in (0, 100]");
        }
    }

    private static void positive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("switchboard.inference." + name + " must be positive, was " + value);
        }
    }

    private static void atLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("switchboard.inference." + name + " must be at least 1, was " + value);
        }
    }
}
