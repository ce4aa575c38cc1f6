package io.switchboard.worker.internal.runtime;

/**
 * Tokens of one sequence fed to one forward step: a decode step's single token or a slice of a prompt.
 *
 * @param start the position of the first token
 * @param wantLogits whether the step returns next-token logits after the chunk's last token
 */
record Chunk(int slot, long[] tokens, int start, boolean wantLogits) {

    int length() {
        return tokens.length;
    }
}
