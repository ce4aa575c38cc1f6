/** The model worker's entry point: a command that makes checkpoints and serves them over the OpenAI API. */
@NullMarked
package io.switchboard.worker;

import org.jspecify.annotations.NullMarked;
