package io.switchboard.worker.internal.http;

import io.switchboard.worker.internal.runtime.ModelRuntime;
import io.switchboard.worker.internal.runtime.Scheduler;
import org.jspecify.annotations.Nullable;

/** Whether the worker is loading, ready or draining, and the loaded model once there is one. */
final class WorkerState {

    record Loaded(ModelRuntime runtime, Scheduler scheduler, String quantization) {}

    private volatile @Nullable Loaded loaded;
    private volatile @Nullable String failure;

    void ready(Loaded model) {
        this.loaded = model;
    }

    void failed(String message) {
        this.failure = message;
    }

    @Nullable
    Loaded loaded() {
        return loaded;
    }

    String status() {
        Loaded l = loaded;
        if (failure != null) {
            return "failed";
        }
        if (l == null) {
            return "loading";
        }
        return l.scheduler().draining() ? "draining" : "ready";
    }

    @Nullable
    String failure() {
        return failure;
    }
}
