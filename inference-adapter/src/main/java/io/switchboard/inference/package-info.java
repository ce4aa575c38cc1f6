/** The port to the inference workers: stream or complete a chat turn, and read the pool's load. */
@NullMarked
package io.switchboard.inference;

import org.jspecify.annotations.NullMarked;
