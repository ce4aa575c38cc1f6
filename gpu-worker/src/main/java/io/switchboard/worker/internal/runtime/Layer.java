package io.switchboard.worker.internal.runtime;

import ai.djl.ndarray.NDArray;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One decoder layer's weights; {@code experts} is empty for a dense model, {@code denseMlp} null for an MoE. */
record Layer(
        NDArray inputNorm,
        Linear q,
        Linear k,
        Linear v,
        Linear o,
        NDArray postNorm,
        @Nullable Linear router,
        List<Expert> experts,
        @Nullable Expert denseMlp) {

    /** A SwiGLU feed-forward block: {@code w2(silu(w1·x) * w3·x)}. */
    record Expert(Linear w1, Linear w2, Linear w3) {

        long bytes() {
            return w1.bytes() + w2.bytes() + w3.bytes();
        }
    }

    long bytes() {
        long b = (inputNorm.size() + postNorm.size()) * 4 + q.bytes() + k.bytes() + v.bytes() + o.bytes();
        b += router == null ? 0 : router.bytes();
        b += denseMlp == null ? 0 : denseMlp.bytes();
        for (Expert e : experts) {
            b += e.bytes();
        }
        return b;
    }
}
