package io.switchboard.worker.internal.runtime;

/**
 * Rotate-half RoPE angles as Hugging Face computes them in F32: {@code inv_freq[i] = 1 / theta^(2i/d)}, angle =
 * position · inv_freq, duplicated over both halves of the head dimension.
 */
final class RotaryTable {

    private RotaryTable() {}

    /** Row-major [positions, headDim] tables of cos and sin. */
    static float[][] cosSin(int positions, int headDim, double theta) {
        int half = headDim / 2;
        float[] invFreq = new float[half];
        for (int i = 0; i < half; i++) {
            float exponent = (float) (2 * i) / (float) headDim;
            invFreq[i] = 1.0f / (float) Math.pow((float) theta, exponent);
        }
        float[] cos = new float[positions * headDim];
        float[] sin = new float[positions * headDim];
        for (int p = 0; p < positions; p++) {
            for (int i = 0; i < half; i++) {
                float angle = (float) p * invFreq[i];
                float c = (float) Math.cos(angle);
                float s = (float) Math.sin(angle);
                int base = p * headDim;
                cos[base + i] = c;
                cos[base + i + half] = c;
                sin[base + i] = s;
                sin[base + i + half] = s;
            }
        }
        return new float[][] {cos, sin};
    }
}
