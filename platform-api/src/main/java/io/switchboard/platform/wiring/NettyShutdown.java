package io.switchboard.platform.wiring;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.stereotype.Component;
import reactor.netty.http.HttpResources;
import reactor.netty.resources.LoopResources;

/**
 * Disposes Reactor Netty's shared event loops and connection pools with a bound on the wait, just before Spring's
 * {@link ReactorResourceFactory} (phase 0) would: it waits for them without one, and one replica in the tenth
 * session's benchmarks never exited after SIGTERM, its shutdown hook parked for 14 minutes in that wait. Once this
 * has run the factory finds nothing left to dispose. A replica now exits within {@link #BOUND} of reaching this
 * phase whatever the pools do; if the bound passes, the warning says so and the process exits with whatever was
 * left.
 */
@Component
class NettyShutdown implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NettyShutdown.class);

    /** Reactor Netty's own defaults for the loops: a 2 s quiet period, at most 15 s in all. */
    private static final Duration QUIET_PERIOD = Duration.ofSeconds(LoopResources.DEFAULT_SHUTDOWN_QUIET_PERIOD);

    private static final Duration TIMEOUT = Duration.ofSeconds(LoopResources.DEFAULT_SHUTDOWN_TIMEOUT);
    private static final Duration BOUND = TIMEOUT.plusSeconds(5);

    private final boolean sharedResources;
    private volatile boolean running;

    NettyShutdown(ReactorResourceFactory factory) {
        this.sharedResources = factory.isUseGlobalResources();
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (!sharedResources) {
            return;
        }
        long started = System.nanoTime();
        try {
            HttpResources.disposeLoopsAndConnectionsLater(QUIET_PERIOD, TIMEOUT).block(BOUND);
            log.debug("Reactor Netty's shared resources disposed in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (IllegalStateException timedOut) {
            log.warn(
                    "Reactor Netty's shared event loops or connection pools were not disposed within {}; stopping anyway",
                    BOUND);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Just before the factory's phase 0, after everything that uses the shared loops has stopped. */
    @Override
    public int getPhase() {
        return 1;
    }
}
