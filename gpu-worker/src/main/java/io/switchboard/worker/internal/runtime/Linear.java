package io.switchboard.worker.internal.runtime;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.ByteBuffer;
import org.jspecify.annotations.Nullable;

/**
 * A bias-free projection {@code y = x·Wᵀ} with {@code W} of shape [out, in] as Hugging Face stores it. INT8
 * weights are widened to F32 for the product (the engine has no INT8 GEMM on every device) and the per-channel
 * scale is applied to the product's columns, which is the same as dequantizing the weight first.
 */
final class Linear {

    private final NDArray weight;
    private final @Nullable NDArray scale;

    private Linear(NDArray weight, @Nullable NDArray scale) {
        this.weight = weight;
        this.scale = scale;
    }

    static Linear of(NDManager manager, float[] w, int out, int in, Quantization quantization) {
        if (quantization == Quantization.NONE) {
            return new Linear(manager.create(w, new Shape(out, in)), null);
        }
        Quantized q = Quantized.of(w, out, in);
        NDArray weight = manager.create(ByteBuffer.wrap(q.q()), new Shape(out, in), DataType.INT8);
        return new Linear(weight, manager.create(q.scale(), new Shape(out)));
    }

    NDArray apply(NDArray x) {
        if (scale == null) {
            return x.matMul(weight.transpose());
        }
        return x.matMul(weight.toType(DataType.FLOAT32, false).transpose()).mul(scale);
    }

    long bytes() {
        return weight.getShape().size() * weight.getDataType().getNumOfBytes()
                + (scale == null ? 0 : scale.getShape().size() * 4);
    }
}
