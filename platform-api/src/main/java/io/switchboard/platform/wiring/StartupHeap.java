package io.switchboard.platform.wiring;

import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tenures what start-up built before the replica takes traffic. The ~40 MB that live for the process's lifetime
 * (the application context, the domain models, class metadata objects) are otherwise copied from survivor space to
 * survivor space by the first fifteen young collections under load, 25–45 ms each instead of 3–6 ms
 * (docs/benchmarks.md, "Fifth session"). One full collection at the end of start-up, before readiness is reported,
 * moves them to the old generation at once. Ignored where the JVM runs with {@code -XX:+DisableExplicitGC}.
 */
@Component
class StartupHeap {

    private static final Logger log = LoggerFactory.getLogger(StartupHeap.class);

    @Order(Ordered.LOWEST_PRECEDENCE)
    @EventListener(ApplicationReadyEvent.class)
    void tenure() {
        long started = System.nanoTime();
        System.gc();
        log.info(
                "Start-up heap tenured in {} ms ({} MB in use)",
                (System.nanoTime() - started) / 1_000_000,
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
    }
}
