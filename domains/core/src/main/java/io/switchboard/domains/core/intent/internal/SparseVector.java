package io.switchboard.domains.core.intent.internal;

/** A sparse feature vector: parallel arrays of feature ids and weights. */
public record SparseVector(int[] ids, double[] values) {

    public boolean isEmpty() {
        return ids.length == 0;
    }
}
