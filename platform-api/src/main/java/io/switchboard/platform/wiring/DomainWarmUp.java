package io.switchboard.platform.wiring;

import io.switchboard.domains.core.DomainKind;
import io.switchboard.domains.core.DomainPipeline;
import io.switchboard.domains.core.DomainState;
import io.switchboard.domains.core.Domains;
import io.switchboard.domains.core.OutboundStream;
import io.switchboard.domains.core.TenantDomainConfig;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs a message through each installed domain before the replica reports ready, so that the first turns do not
 * pay for the domain code's first use: each domain's base intent model is trained here (tenants without examples of
 * their own share it) and its classes are loaded and run once. Before this, a new replica's first turn trained the
 * model with cold code while the tenant's next turns queued behind it (docs/benchmarks.md, "Seventh session"). The
 * warm-up tenant's pipelines are dropped afterwards. The message asks for nothing a CRM would be called for. A
 * failure is logged, not fatal: it costs only the first turns their speed.
 */
@Component
class DomainWarmUp {

    static final String TENANT = "switchboard-warm-up";
    static final String MESSAGE = "Hello, could you help me? You can write to me at ann@example.com";

    private static final Logger log = LoggerFactory.getLogger(DomainWarmUp.class);

    private final Domains domains;

    DomainWarmUp(Domains domains) {
        this.domains = domains;
    }

    /** Before {@link StartupHeap}, which then tenures what this built. */
    @Order(Ordered.LOWEST_PRECEDENCE - 1)
    @EventListener(ApplicationReadyEvent.class)
    void warm() {
        long started = System.nanoTime();
        List<DomainKind> warmed = new ArrayList<>();
        try {
            for (DomainKind kind : domains.installed()) {
                DomainPipeline pipeline = domains.pipeline(TenantDomainConfig.defaults(TENANT, kind));
                pipeline.inbound(MESSAGE, DomainState.initial());
                OutboundStream reply = pipeline.outbound();
                reply.accept("Of course. I have noted ");
                reply.accept("ann@example.com for you.");
                reply.finish();
                warmed.add(kind);
            }
            log.info("Domains {} warmed up in {} ms", warmed, (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Domain warm-up failed after {}; the first turns will be slower", warmed, e);
        } finally {
            domains.evict(TENANT);
        }
    }
}
