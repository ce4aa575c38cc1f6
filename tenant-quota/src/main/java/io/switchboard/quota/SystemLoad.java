package io.switchboard.quota;

import reactor.core.publisher.Mono;

/**
 * The inference pool's load, shared through Redis so every replica computes the same quota. The platform
 * publishes the pool's aggregated load; admissions read a locally cached reading refreshed in the background,
 * so the load costs no round trip on the hot path. A value that is not republished decays towards a configured
 * default ({@code switchboard.quota.load.stale-default}).
 */
public interface SystemLoad {

    /** Publishes the pool's load, in [0, 1], stamped with Redis's clock. */
    Mono<Void> publish(double load);

    /** Reads the shared value from Redis now, with its decay applied. */
    Mono<LoadReading> read();

    /** The last reading fetched by this replica, aged by the local monotonic clock since it was fetched. */
    LoadReading current();
}
