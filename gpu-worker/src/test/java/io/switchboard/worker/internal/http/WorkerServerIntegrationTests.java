package io.switchboard.worker.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.testing.ThreadDumpOnTimeout;
import io.switchboard.worker.internal.checkpoint.CheckpointMaker;
import io.switchboard.worker.internal.checkpoint.ModelPreset;
import io.switchboard.worker.internal.checkpoint.TensorType;
import io.switchboard.worker.internal.runtime.ModelRuntime;
import io.switchboard.worker.internal.runtime.Quantization;
import io.switchboard.worker.internal.runtime.RuntimeOptions;
import io.switchboard.worker.internal.runtime.WorkerMetrics;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The worker over real HTTP on a loopback port, serving a tiny random checkpoint. The client speaks HTTP/1.1, as the
 * platform's adapter does (the JDK client's default would first offer every new connection an h2c upgrade, which the
 * worker does not serve); a call that times out prints every thread (twice in a dozen CI runs a call here waited out its timeout, not reproduced since).
 */
@ExtendWith(ThreadDumpOnTimeout.class)
class WorkerServerIntegrationTests {

    @TempDir
    static Path models;

    static WorkerServer server;
    static HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static String healthBeforeLoad;
    static int statusBeforeLoad;

    @BeforeAll
    static void start() throws Exception {
        Path dir = models.resolve("tiny");
        new CheckpointMaker(ModelPreset.TINY, TensorType.F32, 1, 3).write(dir);
        server = WorkerServer.start("127.0.0.1", 0, "tiny", new WorkerMetrics());
        HttpResponse<String> health = get("/health");
        statusBeforeLoad = health.statusCode();
        healthBeforeLoad = health.body();
        ModelRuntime runtime = ModelRuntime.load(
                dir,
                RuntimeOptions.defaults()
                        .withDevice("cpu")
                        .withQuantization(Quantization.NONE)
                        .withMaxBatch(4)
                        .withMaxModelLen(512)
                        .withPrefillChunk(8));
        server.ready(runtime, 2, "none");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void healthIs503WhileLoadingAnd200WhenReady() throws Exception {
        assertThat(statusBeforeLoad).isEqualTo(503);
        assertThat(json(healthBeforeLoad).path("status").asString()).isEqualTo("loading");
        HttpResponse<String> ready = get("/health");
        assertThat(ready.statusCode()).isEqualTo(200);
        JsonNode body = json(ready.body());
        assertThat(body.path("status").asString()).isEqualTo("ready");
        assertThat(body.has("running") && body.has("waiting") && body.has("kv_cache_usage"))
                .isTrue();
    }

    @Test
    void streamsAChatCompletionAsServerSentEvents() throws Exception {
        HttpResponse<String> res = post("/v1/chat/completions", """
                {"model":"tiny","stream":true,"max_tokens":6,"temperature":0,
                 "stream_options":{"include_usage":true},
                 "messages":[{"role":"user","content":"Where is my parcel?"}]}""");

        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("content-type")).hasValue("text/event-stream");
        List<String> events = res.body()
                .lines()
                .filter(l -> l.startsWith("data: "))
                .map(l -> l.substring(6))
                .toList();
        assertThat(events.getLast()).isEqualTo("[DONE]");
        JsonNode first = json(events.getFirst());
        assertThat(first.path("object").asString()).isEqualTo("chat.completion.chunk");
        assertThat(first.path("choices").get(0).path("delta").path("role").asString())
                .isEqualTo("assistant");
        JsonNode finish = json(events.get(events.size() - 3));
        assertThat(finish.path("choices").get(0).path("finish_reason").asString())
                .isEqualTo("length");
        JsonNode usage = json(events.get(events.size() - 2)).path("usage");
        assertThat(usage.path("completion_tokens").asInt()).isEqualTo(6);
        assertThat(usage.path("prompt_tokens").asInt()).isGreaterThan(5);
    }

    @Test
    void greedyCompletionFromTokenIdsIsDeterministicAndReportsTokenIds() throws Exception {
        String body = """
                {"model":"tiny","prompt":[1,40,41,42,43],"max_tokens":12,"temperature":0,"logprobs":1}""";
        JsonNode a = json(post("/v1/completions", body).body());
        JsonNode b = json(post("/v1/completions", body).body());

        JsonNode choice = a.path("choices").get(0);
        assertThat(choice.path("token_ids").size()).isEqualTo(12);
        assertThat(choice.path("token_ids")).isEqualTo(b.path("choices").get(0).path("token_ids"));
        assertThat(choice.path("logprobs").path("token_logprobs").get(0).asDouble())
                .isNegative();
        assertThat(a.path("usage").path("total_tokens").asInt()).isEqualTo(17);
    }

    @Test
    void badRequestsGetOpenAiErrorsWithTheRightStatus() throws Exception {
        HttpResponse<String> unknownModel = post("/v1/completions", "{\"model\":\"gpt-9\",\"prompt\":\"hi\"}");
        assertThat(unknownModel.statusCode()).isEqualTo(404);
        assertThat(json(unknownModel.body()).path("error").path("code").asString())
                .isEqualTo("model_not_found");

        HttpResponse<String> tooLong = post("/v1/completions", "{\"prompt\":[1,2,3],\"max_tokens\":100000}");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json(tooLong.body()).path("error").path("code").asString()).isEqualTo("context_length_exceeded");

        HttpResponse<String> badTemperature = post(
                "/v1/chat/completions", "{\"messages\":[{\"role\":\"user\",\"content\":\"x\"}],\"temperature\":7}");
        assertThat(badTemperature.statusCode()).isEqualTo(400);
        assertThat(json(badTemperature.body()).path("error").path("param").asString())
                .isEqualTo("temperature");

        assertThat(post("/v1/chat/completions", "{not json").statusCode()).isEqualTo(400);
        assertThat(post("/v1/completions", "{\"prompt\":[1,99999]}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void aClientThatGoesAwayFreesItsSlot() throws Exception {
        String body = "{\"stream\":true,\"max_tokens\":400,\"prompt\":[1,5,6,7]}";
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/completions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body)
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = in.readLine();
            } while (line != null && !line.contains("data: "));
            assertThat(line).contains("text_completion");
            assertThat(running()).isEqualTo(1);
        }
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(running()).isZero());
        String metrics = get("/metrics").body();
        long generated = metrics.lines()
                .filter(l -> l.startsWith("worker_generation_tokens_total "))
                .mapToLong(l -> Long.parseLong(l.split(" ")[1]))
                .sum();
        assertThat(generated).isLessThan(400);
    }

    @Test
    void aFullQueueAnswers503WithRetryAfterAndDrainingTurnsReadinessOff() throws Exception {
        Path dir = models.resolve("tiny");
        try (WorkerServer busy = WorkerServer.start("127.0.0.1", 0, "tiny", new WorkerMetrics())) {
            busy.ready(
                    ModelRuntime.load(
                            dir,
                            RuntimeOptions.defaults()
                                    .withDevice("cpu")
                                    .withMaxBatch(1)
                                    .withMaxModelLen(128)),
                    0,
                    "int8");
            URI base = URI.create("http://127.0.0.1:" + busy.port());
            HttpResponse<String> full = http.send(
                    HttpRequest.newBuilder(base.resolve("/v1/completions"))
                            .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\":[1,2],\"max_tokens\":2}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(full.statusCode()).isEqualTo(503);
            assertThat(full.headers().firstValue("retry-after")).hasValue("1");
            assertThat(json(full.body()).path("error").path("code").asString()).isEqualTo("queue_full");

            assertThat(busy.drain(Duration.ofSeconds(5))).isTrue();
            HttpResponse<String> health = http.send(
                    HttpRequest.newBuilder(base.resolve("/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(json(health.body()).path("status").asString()).isEqualTo("draining");
        }
    }

    @Test
    void modelsAndMetricsAreServed() throws Exception {
        JsonNode models = json(get("/v1/models").body());
        assertThat(models.path("data").get(0).path("id").asString()).isEqualTo("tiny");
        String metrics = get("/metrics").body();
        assertThat(metrics)
                .contains(
                        "worker_time_to_first_token_seconds_bucket",
                        "worker_kv_cache_usage_ratio",
                        "worker_prompt_tokens_total",
                        "worker_inter_token_latency_seconds_count");
    }

    private static int running() throws Exception {
        return json(get("/health").body()).path("running").asInt();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .timeout(Duration.ofSeconds(60))
                        .header("content-type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    static JsonNode json(String body) {
        return JsonMapper.shared().readTree(body);
    }
}
