package io.switchboard.worker.internal.runtime;

import ai.djl.Device;
import ai.djl.engine.Engine;

/** Picks the device from {@code --device}: a GPU when asked and present, the CPU otherwise. */
final class Devices {

    private Devices() {}

    static Device resolve(String mode) {
        int gpus = Engine.getEngine("PyTorch").getGpuCount();
        return switch (mode) {
            case "cpu" -> Device.cpu();
            case "auto" -> gpus > 0 ? Device.gpu() : Device.cpu();
            case "gpu" -> {
                if (gpus == 0) {
                    throw new IllegalStateException("--device gpu: the PyTorch engine sees no CUDA GPU. Install a CUDA"
                            + " libtorch and point PYTORCH_LIBRARY_PATH at it, or use --device cpu");
                }
                yield Device.gpu();
            }
            default -> throw new IllegalArgumentException("--device must be auto, cpu or gpu, not " + mode);
        };
    }
}
