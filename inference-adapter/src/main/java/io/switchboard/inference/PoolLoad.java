package io.switchboard.inference;

import reactor.core.publisher.Flux;

/**
 * The inference pool's load in [0, 1] from the workers' own reports (running and queued sequences against capacity,
 * KV-cache use); a worker that cannot take work counts as fully loaded, and an empty pool is 1.
 */
public interface PoolLoad {

    /** The load at the last health round. */
    double current();

    /** The load after every health round, starting with the current value. */
    Flux<Double> changes();
}
