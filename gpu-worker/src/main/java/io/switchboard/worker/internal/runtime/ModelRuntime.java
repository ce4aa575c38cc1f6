package io.switchboard.worker.internal.runtime;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import io.switchboard.worker.internal.checkpoint.ChatTemplate;
import io.switchboard.worker.internal.checkpoint.CheckpointException;
import io.switchboard.worker.internal.checkpoint.CheckpointWeights;
import io.switchboard.worker.internal.checkpoint.ModelConfig;
import io.switchboard.worker.internal.checkpoint.TextCodec;
import java.nio.file.Path;
import java.util.List;

/** A loaded model: its weights and KV cache on the device, tokenizer, chat template and the forward pass. */
public final class ModelRuntime implements AutoCloseable {

    private final ModelConfig config;
    private final NDManager manager;
    private final ModelWeights weights;
    private final KvCache cache;
    private final Transformer transformer;
    private final TextCodec codec;
    private final ChatTemplate template;
    private final long f32Bytes;
    private final int maxModelLen;
    private final Device device;
    private final int prefillChunk;

    private ModelRuntime(Path dir, RuntimeOptions options) {
        System.setProperty("ai.djl.offline", "true");
        this.config = ModelConfig.read(dir);
        this.device = Devices.resolve(options.device());
        this.prefillChunk = options.prefillChunk();
        this.maxModelLen = Math.min(options.maxModelLen(), config.maxPositionEmbeddings());
        AttentionWindow window = window(config, options);
        int capacity = window.capacity(maxModelLen, options.prefillChunk());
        long perSlot = KvCache.bytesPerSlot(config.numLayers(), capacity, config.numKvHeads(), config.headDim());
        int slots = (int) Math.min(options.maxBatch(), options.kvBudgetBytes() / perSlot);
        if (slots < 1) {
            throw new CheckpointException("the KV budget of " + options.kvBudgetBytes() + " bytes holds no sequence of "
                    + capacity + " positions (" + perSlot + " bytes); raise it or lower --max-model-len");
        }
        this.manager = NDManager.newBaseManager(device);
        try (CheckpointWeights files = CheckpointWeights.open(dir)) {
            this.f32Bytes = files.tensorsBytesAsF32();
            this.weights = ModelWeights.load(manager, config, files, options.quantization());
        }
        this.cache = new KvCache(
                manager, config.numLayers(), slots, capacity, config.numKvHeads(), config.headDim(), window);
        this.transformer = new Transformer(config, weights, cache, manager);
        this.codec = TextCodec.read(dir);
        this.template = ChatTemplate.read(dir);
    }

    public static ModelRuntime load(Path dir, RuntimeOptions options) {
        return new ModelRuntime(dir, options);
    }

    private static AttentionWindow window(ModelConfig config, RuntimeOptions options) {
        if (config.slidingWindow() != null) {
            return new AttentionWindow(config.slidingWindow(), 0);
        }
        if (options.sinkWindow() > 0) {
            return new AttentionWindow(options.sinkWindow(), options.sinks());
        }
        return AttentionWindow.full();
    }

    /** Runs one step over these chunks; logits of the chunks that want them, in order. */
    float[][] forward(List<Chunk> chunks) {
        return transformer.forward(chunks);
    }

    /** Native arrays the runtime's manager holds: constant across steps when no step leaks. */
    int liveArrays() {
        return manager.getManagedArrays().size();
    }

    void release(int slot) {
        cache.release(slot);
    }

    public ModelConfig config() {
        return config;
    }

    public TextCodec codec() {
        return codec;
    }

    public ChatTemplate template() {
        return template;
    }

    public int slots() {
        return cache.slots();
    }

    public int prefillChunk() {
        return prefillChunk;
    }

    public int maxModelLen() {
        return maxModelLen;
    }

    /** Whether the cache keeps a bounded window, so that a sequence may outgrow the cache capacity. */
    public boolean windowed() {
        return cache.window().bounded();
    }

    public double kvUsage() {
        return cache.usage();
    }

    public long kvBytes() {
        return cache.bytes();
    }

    public long weightBytes() {
        return weights.bytes();
    }

    public long f32WeightBytes() {
        return f32Bytes;
    }

    public String deviceName() {
        return device.toString();
    }

    @Override
    public void close() {
        codec.close();
        manager.close();
    }
}
