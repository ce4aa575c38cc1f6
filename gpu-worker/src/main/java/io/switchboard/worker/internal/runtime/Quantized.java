package io.switchboard.worker.internal.runtime;

/**
 * A row-major matrix quantized symmetrically per row (per output channel): {@code w[r][c] ≈ q[r][c] * scale[r]}
 * with {@code q} in [-127, 127].
 */
record Quantized(byte[] q, float[] scale) {

    static Quantized of(float[] w, int rows, int cols) {
        byte[] q = new byte[w.length];
        float[] scale = new float[rows];
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            float max = 0;
            for (int c = 0; c < cols; c++) {
                max = Math.max(max, Math.abs(w[base + c]));
            }
            float s = max == 0 ? 1f : max / 127f;
            scale[r] = s;
            for (int c = 0; c < cols; c++) {
                q[base + c] = (byte) Math.max(-127, Math.min(127, Math.round(w[base + c] / s)));
            }
        }
        return new Quantized(q, scale);
    }
}
