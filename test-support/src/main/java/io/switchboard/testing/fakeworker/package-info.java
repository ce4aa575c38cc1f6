/**
 * A fault-injecting fake of Switchboard's GPU worker that speaks the same OpenAI-compatible wire protocol, in process
 * or as a separate process, for tests of everything that drives workers.
 */
@NullMarked
package io.switchboard.testing.fakeworker;

import org.jspecify.annotations.NullMarked;
