package io.switchboard.platform.wiring;

import io.switchboard.inference.PoolLoad;
import io.switchboard.quota.SystemLoad;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/**
 * Publishes the inference pool's load, as this replica's workers report it, to Redis once a second, where every
 * replica's quota formula reads it as the {@code l} term.
 */
@Component
class LoadSignal implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LoadSignal.class);

    private final PoolLoad pool;
    private final SystemLoad system;
    private volatile Disposable publishing;

    LoadSignal(PoolLoad pool, SystemLoad system) {
        this.pool = pool;
        this.system = system;
    }

    @Override
    public void start() {
        publishing = Flux.interval(Duration.ofSeconds(1))
                .concatMap(tick -> system.publish(pool.current()).onErrorResume(e -> {
                    log.debug("Could not publish the pool load: {}", e.toString());
                    return reactor.core.publisher.Mono.empty();
                }))
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable d = publishing;
        if (d != null) {
            d.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        Disposable d = publishing;
        return d != null && !d.isDisposed();
    }
}
