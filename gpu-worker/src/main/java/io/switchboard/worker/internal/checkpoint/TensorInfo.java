package io.switchboard.worker.internal.checkpoint;

/** Where one named tensor lies in a safetensors file: its type, shape and byte range in the data section. */
public record TensorInfo(String name, TensorType type, long[] shape, long begin, long end) {

    public long elements() {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }
}
