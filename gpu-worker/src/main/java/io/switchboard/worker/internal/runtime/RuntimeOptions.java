package io.switchboard.worker.internal.runtime;

/**
 * How the runtime lays the model out: weight format, device, batch and cache bounds.
 *
 * @param device {@code auto}, {@code cpu} or {@code gpu}
 * @param maxModelLen the longest sequence (prompt + generation) served, capped by the model's positions
 * @param prefillChunk the most prompt tokens one sequence feeds in one step
 * @param kvBudgetBytes the KV cache may take at most this many bytes; it bounds the slots
 * @param sinkWindow for a model without a sliding window: 0 (exact, off) or the window of the sink approximation
 * @param sinks attention-sink positions kept with {@code sinkWindow}
 */
public record RuntimeOptions(
        Quantization quantization,
        String device,
        int maxBatch,
        int maxModelLen,
        int prefillChunk,
        long kvBudgetBytes,
        int sinkWindow,
        int sinks) {

    public RuntimeOptions {
        if (maxBatch < 1 || maxModelLen < 2 || prefillChunk < 1 || kvBudgetBytes < 1 || sinkWindow < 0 || sinks < 0) {
            throw new IllegalArgumentException(
                    "max-batch, max-model-len, prefill-chunk and kv budget must be positive");
        }
    }

    public static RuntimeOptions defaults() {
        return new RuntimeOptions(Quantization.INT8, "auto", 32, 4096, 128, 2L << 30, 0, 0);
    }

    public RuntimeOptions withQuantization(Quantization q) {
        return new RuntimeOptions(q, device, maxBatch, maxModelLen, prefillChunk, kvBudgetBytes, sinkWindow, sinks);
    }

    public RuntimeOptions withMaxBatch(int n) {
        return new RuntimeOptions(quantization, device, n, maxModelLen, prefillChunk, kvBudgetBytes, sinkWindow, sinks);
    }

    public RuntimeOptions withPrefillChunk(int n) {
        return new RuntimeOptions(quantization, device, maxBatch, maxModelLen, n, kvBudgetBytes, sinkWindow, sinks);
    }

    public RuntimeOptions withDevice(String d) {
        return new RuntimeOptions(
                quantization, d, maxBatch, maxModelLen, prefillChunk, kvBudgetBytes, sinkWindow, sinks);
    }

    public RuntimeOptions withMaxModelLen(int n) {
        return new RuntimeOptions(quantization, device, maxBatch, n, prefillChunk, kvBudgetBytes, sinkWindow, sinks);
    }

    public RuntimeOptions withSinkWindow(int window, int sinkCount) {
        return new RuntimeOptions(
                quantization, device, maxBatch, maxModelLen, prefillChunk, kvBudgetBytes, window, sinkCount);
    }
}
