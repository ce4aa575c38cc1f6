package io.switchboard.inference.internal;

import org.springframework.context.SmartLifecycle;

/**
 * Closes the adapter (discovery, health checks, worker connections) when the application stops, at a point in the
 * shutdown that matters: after the web server has drained its requests (Spring Boot stops it in phases just below
 * {@link SmartLifecycle#DEFAULT_PHASE}), so no turn in flight loses its worker, and before Reactor Netty's shared
 * event loops are disposed (Spring's {@code ReactorResourceFactory}, phase 0). Closed later, as a bean's destroy
 * method, a health check after that point started a new set of shared loops that nothing stopped any more.
 */
final class AdapterLifecycle implements SmartLifecycle {

    /** After the web server's phases, before the shared resources' phase 0. */
    private static final int PHASE = 1024;

    private final InferenceAdapter adapter;
    private volatile boolean running;

    AdapterLifecycle(InferenceAdapter adapter) {
        this.adapter = adapter;
    }

    /** The adapter started its background work when it was built; this only marks it as running. */
    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        adapter.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
