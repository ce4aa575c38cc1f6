package io.switchboard.worker.internal.checkpoint;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/** The floating-point element types a safetensors file may hold, and their conversion to {@code float}. */
public enum TensorType {
    F32(4),
    BF16(2),
    F16(2);

    private static final ValueLayout.OfFloat F32_LE =
            ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfShort I16_LE =
            ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private final int bytes;

    TensorType(int bytes) {
        this.bytes = bytes;
    }

    public int bytes() {
        return bytes;
    }

    static TensorType parse(String dtype) {
        try {
            return valueOf(dtype);
        } catch (IllegalArgumentException e) {
            throw new CheckpointException("unsupported safetensors dtype " + dtype + " (F32, BF16, F16 are)");
        }
    }

    /** Reads {@code count} elements starting at byte {@code offset} of {@code data} into {@code out}. */
    void toFloats(MemorySegment data, long offset, float[] out, int count) {
        switch (this) {
            case F32 -> {
                for (int i = 0; i < count; i++) {
                    out[i] = data.get(F32_LE, offset + 4L * i);
                }
            }
            case BF16 -> {
                for (int i = 0; i < count; i++) {
                    out[i] = Float.intBitsToFloat((data.get(I16_LE, offset + 2L * i) & 0xFFFF) << 16);
                }
            }
            case F16 -> {
                for (int i = 0; i < count; i++) {
                    out[i] = Float.float16ToFloat(data.get(I16_LE, offset + 2L * i));
                }
            }
        }
    }

    /** Encodes one float into this type's little-endian bits (round to nearest even for BF16). */
    int encode(float value) {
        return switch (this) {
            case F32 -> Float.floatToRawIntBits(value);
            case BF16 -> {
                int bits = Float.floatToRawIntBits(value);
                yield ((bits + 0x7FFF + ((bits >>> 16) & 1)) >>> 16) & 0xFFFF;
            }
            case F16 -> Float.floatToFloat16(value) & 0xFFFF;
        };
    }
}
