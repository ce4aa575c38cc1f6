package io.switchboard.worker.internal.runtime;

/**
 * Which earlier positions a query may attend to. The model's own {@code sliding_window} is exact; a window with
 * attention sinks for a model without one keeps the first {@code sinks} positions and the most recent ones, an
 * approximation of full attention that bounds the KV cache (off unless asked for).
 *
 * @param window how many positions back a query sees, itself included; {@code Integer.MAX_VALUE} for all
 * @param sinks how many leading positions stay visible whatever the window
 */
record AttentionWindow(int window, int sinks) {

    static AttentionWindow full() {
        return new AttentionWindow(Integer.MAX_VALUE, 0);
    }

    boolean bounded() {
        return window != Integer.MAX_VALUE;
    }

    boolean visible(int query, int key) {
        return key <= query && (key < sinks || query - key < window);
    }

    /**
     * Ring slots one sequence needs so that writing a chunk of {@code chunk} new positions never overwrites a key
     * that a query of the same chunk still needs.
     */
    int capacity(int maxModelLen, int chunk) {
        if (!bounded()) {
            return maxModelLen;
        }
        return (int) Math.min(maxModelLen, (long) sinks + window + chunk - 1);
    }

    /** The ring slot of a position, sinks pinned at the front and the rest wrapping behind them. */
    int slot(int position, int capacity) {
        if (position < sinks) {
            return position;
        }
        return sinks + (position - sinks) % (capacity - sinks);
    }
}
