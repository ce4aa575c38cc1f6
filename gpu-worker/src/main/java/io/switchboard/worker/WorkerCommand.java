package io.switchboard.worker;

import io.switchboard.worker.internal.checkpoint.CheckpointMaker;
import io.switchboard.worker.internal.checkpoint.ModelPreset;
import io.switchboard.worker.internal.checkpoint.TensorType;
import io.switchboard.worker.internal.http.WorkerServer;
import io.switchboard.worker.internal.runtime.ModelRuntime;
import io.switchboard.worker.internal.runtime.Quantization;
import io.switchboard.worker.internal.runtime.RuntimeOptions;
import io.switchboard.worker.internal.runtime.WorkerMetrics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The worker's command line: {@code serve} a checkpoint over the OpenAI API, or {@code make-model} to write a
 * random-weight checkpoint in the Hugging Face layout.
 */
public final class WorkerCommand {

    private WorkerCommand() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("ai.djl.offline", "true");
        if (args.length < 1) {
            usage();
            return;
        }
        try {
            switch (args[0]) {
                case "serve" -> serve(options(args, 1));
                case "make-model" -> {
                    if (args.length < 2 || args[1].startsWith("--")) {
                        usage();
                        return;
                    }
                    makeModel(Path.of(args[1]), options(args, 2));
                }
                default -> usage();
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
    }

    private static void usage() {
        System.err.println("""
                usage:
                  worker serve --model DIR [--port 8000] [--host 127.0.0.1] [--quantization int8|none]
                               [--max-batch 32] [--device auto|cpu|gpu] [--max-model-len 4096]
                               [--prefill-chunk 128] [--max-queue 256] [--kv-cache-gb 2] [--threads N]
                               [--sink-window 0] [--sinks 4] [--served-model-name NAME]
                  worker make-model DIR [--preset tiny|small|tiny-mistral|tiny-llama] [--dtype f32|bf16|f16]
                               [--shards 1] [--seed 42]""");
        System.exit(2);
    }

    private static Map<String, String> options(String[] args, int from) {
        Map<String, String> out = new HashMap<>();
        for (int i = from; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            out.put(args[i].substring(2), args[i + 1]);
        }
        return out;
    }

    private static void makeModel(Path dir, Map<String, String> o) throws Exception {
        ModelPreset preset = ModelPreset.parse(o.getOrDefault("preset", "tiny"));
        TensorType type = TensorType.valueOf(o.getOrDefault("dtype", "f32").toUpperCase());
        new CheckpointMaker(
                        preset,
                        type,
                        Integer.parseInt(o.getOrDefault("shards", "1")),
                        Long.parseLong(o.getOrDefault("seed", "42")))
                .write(dir);
        System.out.println("wrote " + preset.cliName() + " checkpoint to " + dir.toAbsolutePath());
    }

    private static void serve(Map<String, String> o) throws Exception {
        String model = o.get("model");
        if (model == null) {
            throw new IllegalArgumentException("serve needs --model DIR");
        }
        Path dir = Path.of(model);
        String threads =
                o.getOrDefault("threads", String.valueOf(Runtime.getRuntime().availableProcessors()));
        System.setProperty("ai.djl.pytorch.num_threads", threads);
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        Quantization quantization = Quantization.parse(o.getOrDefault("quantization", "int8"));
        RuntimeOptions options = new RuntimeOptions(
                quantization,
                o.getOrDefault("device", "auto"),
                Integer.parseInt(o.getOrDefault("max-batch", "32")),
                Integer.parseInt(o.getOrDefault("max-model-len", "4096")),
                Integer.parseInt(o.getOrDefault("prefill-chunk", "128")),
                (long) (Double.parseDouble(o.getOrDefault("kv-cache-gb", "2")) * (1L << 30)),
                Integer.parseInt(o.getOrDefault("sink-window", "0")),
                Integer.parseInt(o.getOrDefault("sinks", "4")));
        String name = o.getOrDefault(
                "served-model-name",
                dir.toAbsolutePath().normalize().getFileName().toString());
        WorkerServer server = WorkerServer.start(
                o.getOrDefault("host", "127.0.0.1"),
                Integer.parseInt(o.getOrDefault("port", "8000")),
                name,
                new WorkerMetrics());
        System.out.println("listening on port " + server.port() + "; loading " + dir);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.drain(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server.close();
            stopped.countDown();
        }));
        try {
            ModelRuntime runtime = ModelRuntime.load(dir, options);
            server.ready(
                    runtime,
                    Integer.parseInt(o.getOrDefault("max-queue", "256")),
                    quantization.name().toLowerCase());
            System.out.printf(
                    "ready: %s on %s, %d slots, weights %d bytes (%.3f of F32 %d), KV cache %d bytes%n",
                    name,
                    runtime.deviceName(),
                    runtime.slots(),
                    runtime.weightBytes(),
                    (double) runtime.weightBytes() / runtime.f32WeightBytes(),
                    runtime.f32WeightBytes(),
                    runtime.kvBytes());
        } catch (RuntimeException e) {
            server.failed(e.getMessage() == null ? e.toString() : e.getMessage());
            System.err.println("error: cannot load the model: " + e.getMessage());
            server.close();
            System.exit(1);
        }
        stopped.await();
    }
}
