package io.switchboard.platform.wiring;

import io.switchboard.inference.ChatCompletions;
import io.switchboard.quota.Quotas;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.scheduler.Scheduler;

/** The named, bounded schedulers that keep blocking or heavy work off the event loops. */
@Configuration(proxyBeanMethods = false)
class Schedulers {

    /** The domain plugins' inbound step: CRM calls and classifier training; as many threads as twice the cores. */
    @Bean(destroyMethod = "dispose")
    Scheduler domainScheduler() {
        return reactor.core.scheduler.Schedulers.newBoundedElastic(
                2 * Runtime.getRuntime().availableProcessors(), 10_000, "switchboard-domains", 60, true);
    }

    /**
     * The turn path's timeouts (quota calls and lease renewals, the adapter's first-token, stall and deadline checks),
     * on one timing wheel with 10 ms ticks, under the names by which the quota and inference modules look it up.
     */
    @Bean(
            name = {Quotas.TIMERS_BEAN, ChatCompletions.TIMERS_BEAN},
            destroyMethod = "dispose")
    Scheduler switchboardTimers() {
        return new WheelTimers(Duration.ofMillis(10));
    }
}
