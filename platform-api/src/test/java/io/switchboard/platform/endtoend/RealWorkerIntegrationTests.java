package io.switchboard.platform.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.platform.support.Api;
import io.switchboard.platform.support.Chat;
import io.switchboard.platform.support.PlatformIntegrationTest;
import io.switchboard.platform.support.Sse;
import io.switchboard.testing.TestServices;
import io.switchboard.testing.fakeworker.Behaviour;
import io.switchboard.testing.fakeworker.FakeWorker;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The whole path with a real gpu-worker process (the jar this build made, a tiny checkpoint it writes) next to a
 * fake worker on loopback: a turn streams real model tokens through the platform, and when the real worker is
 * killed with SIGKILL, turns go on being answered by the other worker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RealWorkerIntegrationTests {

    private static final String OPERATOR_KEY = "op_e2e_" + UUID.randomUUID();
    private static final Path JAR = Path.of("..", "gpu-worker", "target", "gpu-worker-0.1.0-SNAPSHOT-all.jar");
    private static Process realWorker;
    private static int realPort;
    private static FakeWorker fake;

    @Autowired
    Environment env;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) throws Exception {
        startRealWorker();
        // the fake worker reports a heavy load from its first health check on, and answers later than the real one, so
        // the first turn goes to the real worker (set after start-up, the load raced the router's next health check)
        fake = FakeWorker.start(
                Behaviour.defaults().withFirstTokenDelay(Duration.ofMillis(300)).withReportedLoad(10, 20, 0.9));
        var db = TestServices.freshDatabase("platform_e2e");
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        registry.add("switchboard.redis-url", () -> TestServices.get().redis().uri());
        registry.add("switchboard.operator-key", () -> OPERATOR_KEY);
        registry.add("switchboard.secrets-key", () -> PlatformIntegrationTest.SECRETS_KEY);
        registry.add("switchboard.inference.workers", () -> "http://127.0.0.1:" + realPort + "," + fake.baseUrl());
        registry.add("switchboard.inference.health-interval", () -> "300ms");
        registry.add("switchboard.inference.first-token-timeout", () -> "10s");
        registry.add("switchboard.webhooks.dispatcher-enabled", () -> "false");
    }

    @AfterAll
    static void stop() {
        if (realWorker != null) {
            realWorker.destroyForcibly();
        }
        if (fake != null) {
            fake.close();
        }
    }

    @Test
    void aTurnStreamsRealModelTokensAndSurvivesTheWorkersDeath() throws Exception {
        Api api = new Api(env, OPERATOR_KEY);
        WebTestClient http = api.client();
        String key = api.secretKey(api.createTenant("E2E " + UUID.randomUUID(), "ecommerce", "pro"), "chat")
                .key();

        Chat chat = new Chat(http, key);
        var events = Sse.events(chat.send(chat.open(), "What materials are your hiking boots made of?"));
        assertThat(Sse.names(events)).last().isEqualTo("done");
        assertThat(Sse.first(events, "done")).as(events.toString()).containsEntry("action", "answer");
        assertThat(Sse.text(events)).as(events.toString()).isNotEmpty().doesNotContain(FakeWorker.expectedText(10));
        long fakeRequestsBefore = fake.stats().requests();

        realWorker.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            var after = Sse.events(chat.send(chat.open(), "What materials are your hiking boots made of? " + i));
            answers.add(Sse.names(after).getLast());
        }
        assertThat(answers).containsOnly("done");
        await().atMost(Duration.ofSeconds(10)).until(() -> fake.stats().requests() >= fakeRequestsBefore + 3);
    }

    /** Writes a tiny checkpoint with the built jar and serves it on a free port; waits until /health is 200. */
    private static void startRealWorker() throws Exception {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(
                    "the gpu-worker jar is built before platform-api in the reactor: " + JAR.toAbsolutePath());
        }
        Path dir = Files.createTempDirectory("sb-e2e-model");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process make = new ProcessBuilder(
                        java,
                        "-Dai.djl.offline=true",
                        "-jar",
                        JAR.toString(),
                        "make-model",
                        dir.resolve("tiny").toString(),
                        "--preset",
                        "tiny")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("make.log").toFile())
                .start();
        if (!make.waitFor(120, TimeUnit.SECONDS) || make.exitValue() != 0) {
            throw new IllegalStateException("make-model failed: " + Files.readString(dir.resolve("make.log")));
        }
        realPort = freePort();
        realWorker = new ProcessBuilder(
                        java,
                        "-Dai.djl.offline=true",
                        "--enable-native-access=ALL-UNNAMED",
                        "-jar",
                        JAR.toString(),
                        "serve",
                        "--model",
                        dir.resolve("tiny").toString(),
                        "--port",
                        Integer.toString(realPort),
                        "--device",
                        "cpu",
                        "--threads",
                        "1",
                        "--served-model-name",
                        "switchboard")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("worker.log").toFile())
                .start();
        HttpClient client = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    try {
                        return client.send(
                                                HttpRequest.newBuilder(
                                                                URI.create("http://127.0.0.1:" + realPort + "/health"))
                                                        .build(),
                                                HttpResponse.BodyHandlers.discarding())
                                        .statusCode()
                                == 200;
                    } catch (IOException e) {
                        return false;
                    }
                });
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
