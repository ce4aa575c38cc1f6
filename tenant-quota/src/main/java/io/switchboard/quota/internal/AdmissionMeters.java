package io.switchboard.quota.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.switchboard.quota.Plan;

/** Counts admissions by plan and outcome ({@code switchboard.quota.admissions}); plans are few, so tags are bounded. */
final class AdmissionMeters {

    private final MeterRegistry registry;

    AdmissionMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(Plan plan, String outcome) {
        Counter.builder("switchboard.quota.admissions")
                .description("admissions decided in Redis, by plan and outcome")
                .tag("plan", plan.id())
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }
}
