package io.switchboard.platform.wiring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.switchboard.domains.eval.QualityBaseline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * The quality level of monitoring, measured once at start-up on the evaluation sets the domains ship:
 * {@code switchboard.quality.intent.accuracy{domain}} and {@code switchboard.quality.entity.f1{type}} (PII spans).
 * Production quality comes from agent corrections ({@code switchboard.quality.intent.corrections}).
 */
@Component
class QualityGauges {

    private static final Logger log = LoggerFactory.getLogger(QualityGauges.class);

    private final MeterRegistry registry;
    private final Scheduler domainScheduler;

    QualityGauges(MeterRegistry registry, @Qualifier("domainScheduler") Scheduler domainScheduler) {
        this.registry = registry;
        this.domainScheduler = domainScheduler;
    }

    @EventListener(ApplicationReadyEvent.class)
    void measure() {
        Mono.fromCallable(QualityBaseline::measure)
                .subscribeOn(domainScheduler)
                .subscribe(this::publish, e -> log.warn("Could not measure the quality baseline: {}", e.toString()));
    }

    private void publish(QualityBaseline baseline) {
        baseline.intentAccuracy()
                .forEach((domain, accuracy) -> Gauge.builder("switchboard.quality.intent.accuracy", () -> accuracy)
                        .description("Intent accuracy on the shipped evaluation set, measured at start-up")
                        .tag("domain", domain)
                        .register(registry));
        baseline.piiF1PerType()
                .forEach((type, f1) -> Gauge.builder("switchboard.quality.entity.f1", () -> f1)
                        .description("PII span F1 on the shipped evaluation set, measured at start-up")
                        .tag("type", type)
                        .register(registry));
        Gauge.builder("switchboard.quality.entity.f1", baseline::piiMicroF1)
                .tag("type", "micro")
                .register(registry);
        log.info(
                "Quality baseline: intent accuracy {}, PII micro F1 {}",
                baseline.intentAccuracy(),
                baseline.piiMicroF1());
    }
}
