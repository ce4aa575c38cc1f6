/** The OpenAI-compatible client, the worker pool, routing, failover and their Spring wiring. */
@NullMarked
package io.switchboard.inference.internal;

import org.jspecify.annotations.NullMarked;
