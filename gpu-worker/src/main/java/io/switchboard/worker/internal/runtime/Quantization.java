package io.switchboard.worker.internal.runtime;

/** How weights are held on the device: as loaded (F32) or as INT8 with one F32 scale per output channel. */
public enum Quantization {
    NONE,
    INT8;

    public static Quantization parse(String value) {
        return switch (value.toLowerCase()) {
            case "none", "f32", "fp32" -> NONE;
            case "int8" -> INT8;
            default -> throw new IllegalArgumentException("--quantization must be int8 or none, not " + value);
        };
    }
}
