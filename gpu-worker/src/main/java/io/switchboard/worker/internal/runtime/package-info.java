/** The inference runtime: weights on the engine, the forward pass, the KV cache, sampling and the batch scheduler. */
@NullMarked
package io.switchboard.worker.internal.runtime;

import org.jspecify.annotations.NullMarked;
