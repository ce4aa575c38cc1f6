package io.switchboard.worker.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.switchboard.worker.internal.checkpoint.CheckpointMaker;
import io.switchboard.worker.internal.checkpoint.ModelPreset;
import io.switchboard.worker.internal.checkpoint.TensorType;
import io.switchboard.worker.internal.runtime.ModelRuntime;
import io.switchboard.worker.internal.runtime.Quantization;
import io.switchboard.worker.internal.runtime.RuntimeOptions;
import io.switchboard.worker.internal.runtime.WorkerMetrics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The official {@code openai} npm client streams from the worker unchanged; skipped where node is absent. */
class OpenAiNodeClientIntegrationTests {

    private static final Path CLIENT = Path.of("src/test/js");

    @TempDir
    Path dir;

    @Test
    void theOfficialNodeClientStreamsAChatCompletion() throws Exception {
        assumeTrue(run(List.of("node", "--version"), 20) == 0, "node is not installed");
        if (!Files.isDirectory(CLIENT.resolve("node_modules/openai"))) {
            assumeTrue(
                    run(List.of("npm", "install", "--no-audit", "--no-fund", "--no-package-lock"), 150) == 0,
                    "npm install failed");
        }
        new CheckpointMaker(ModelPreset.TINY, TensorType.F32, 1, 9).write(dir);
        try (WorkerServer server = WorkerServer.start("127.0.0.1", 0, "tiny", new WorkerMetrics())) {
            server.ready(
                    ModelRuntime.load(
                            dir,
                            RuntimeOptions.defaults()
                                    .withDevice("cpu")
                                    .withQuantization(Quantization.INT8)
                                    .withMaxBatch(2)
                                    .withMaxModelLen(256)),
                    4,
                    "int8");
            Path out = dir.resolve("out.json");
            int exit = run(
                    List.of("node", "stream-chat.mjs", "http://127.0.0.1:" + server.port() + "/v1", "tiny"), 60, out);
            String printed = Files.readString(out, StandardCharsets.UTF_8);
            assertThat(exit).as(printed).isZero();
            JsonNode summary = JsonMapper.shared()
                    .readTree(printed.lines()
                            .filter(l -> l.startsWith("{"))
                            .findFirst()
                            .orElseThrow());
            assertThat(summary.path("chunks").asInt()).isGreaterThanOrEqualTo(3);
            assertThat(summary.path("finish").asString()).isEqualTo("length");
            assertThat(summary.path("usage").path("completion_tokens").asInt()).isEqualTo(8);
        }
    }

    private static int run(List<String> command, int seconds) throws InterruptedException {
        return run(command, seconds, null);
    }

    private static int run(List<String> command, int seconds, Path output) throws InterruptedException {
        try {
            ProcessBuilder builder =
                    new ProcessBuilder(command).directory(CLIENT.toFile()).redirectErrorStream(true);
            builder.redirectOutput(
                    output == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(output.toFile()));
            Process p = builder.start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            return -1;
        }
    }
}
