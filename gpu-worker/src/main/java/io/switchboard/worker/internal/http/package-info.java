/** The OpenAI-compatible HTTP surface, health, readiness and Prometheus metrics. */
@NullMarked
package io.switchboard.worker.internal.http;

import org.jspecify.annotations.NullMarked;
