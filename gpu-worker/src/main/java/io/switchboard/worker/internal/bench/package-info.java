/** The throughput benchmark run on purpose by {@code scripts/bench-worker}, never by the tests. */
@NullMarked
package io.switchboard.worker.internal.bench;

import org.jspecify.annotations.NullMarked;
