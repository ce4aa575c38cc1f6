/** Hugging Face checkpoints on disk: config, safetensors reading and writing, tokenizer and chat template. */
@NullMarked
package io.switchboard.worker.internal.checkpoint;

import org.jspecify.annotations.NullMarked;
