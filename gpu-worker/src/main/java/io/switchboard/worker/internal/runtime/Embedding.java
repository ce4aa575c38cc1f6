package io.switchboard.worker.internal.runtime;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.ByteBuffer;
import org.jspecify.annotations.Nullable;

/** The token embedding table, F32 or INT8 with one scale per token row. */
final class Embedding {

    private final NDArray table;
    private final @Nullable NDArray scale;

    private Embedding(NDArray table, @Nullable NDArray scale) {
        this.table = table;
        this.scale = scale;
    }

    static Embedding of(NDManager manager, float[] w, int vocab, int hidden, Quantization quantization) {
        if (quantization == Quantization.NONE) {
            return new Embedding(manager.create(w, new Shape(vocab, hidden)), null);
        }
        Quantized q = Quantized.of(w, vocab, hidden);
        NDArray table = manager.create(ByteBuffer.wrap(q.q()), new Shape(vocab, hidden), DataType.INT8);
        return new Embedding(table, manager.create(q.scale(), new Shape(vocab, 1)));
    }

    /** Rows for token ids of shape [T]: [T, hidden]. */
    NDArray lookup(NDArray ids) {
        if (scale == null) {
            return table.get(ids);
        }
        return table.get(ids).toType(DataType.FLOAT32, false).mul(scale.get(ids));
    }

    long bytes() {
        return table.getShape().size() * table.getDataType().getNumOfBytes()
                + (scale == null ? 0 : scale.getShape().size() * 4);
    }
}
