package io.switchboard.platform;

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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.mock.env.MockEnvironment;

/**
 * A replica stopped as an orchestrator stops it, with SIGTERM, while turns stream: it finishes the turns in flight
 * (each ends with its {@code done} event and the whole reply), writes their transcripts to PostgreSQL, and then its
 * process exits. The platform runs in a JVM of its own, started from this build's classes, against the fake worker on
 * loopback. (With the transcript writer stopped before the drain, as it was, the transcripts were missing.)
 */
@Timeout(value = 150, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ShutdownIntegrationTests {

    private static final int TURNS = 3;
    private static final int TOKENS = 20;

    private final TestServices.Postgres db = TestServices.freshDatabase("platform_shutdown");
    private FakeWorker worker;
    private Process platform;
    private final Path log = Path.of("target", "shutdown-platform.log");

    @AfterEach
    void stop() {
        if (platform != null) {
            platform.destroyForcibly();
        }
        if (worker != null) {
            worker.close();
        }
    }

    @Test
    void sigtermLetsTheTurnsInFlightFinishAndThenTheProcessExits() throws Exception {
        // 20 tokens, 120 ms apart: each turn streams for ~2.3 s, long enough to be cut by a careless shutdown
        worker = FakeWorker.start(Behaviour.defaults().withTokens(TOKENS).withInterTokenDelay(Duration.ofMillis(120)));
        int port = freePort();
        platform = launch(port);
        awaitReady(port);

        var env = new MockEnvironment().withProperty("local.server.port", Integer.toString(port));
        Api api = new Api(env, PlatformIntegrationTest.OPERATOR_KEY);
        String tenant = api.createTenant("shutdown-" + UUID.randomUUID(), "ecommerce");
        Chat chat = new Chat(api.client(), api.secretKey(tenant, "chat").key());
        List<String> conversations =
                IntStream.range(0, TURNS).mapToObj(i -> chat.open()).toList();

        var clients = Executors.newVirtualThreadPerTaskExecutor();
        List<CompletableFuture<List<ServerSentEvent<Map<String, Object>>>>> turns = conversations.stream()
                .map(id -> CompletableFuture.supplyAsync(
                        () -> Sse.events(chat.send(id, "Do your hiking boots come in wide sizes?")), clients))
                .toList();
        await().atMost(Duration.ofSeconds(20))
                .failFast("a turn ended before the signal", () -> turns.stream().anyMatch(CompletableFuture::isDone))
                .until(() -> worker.stats().running() == TURNS);

        platform.destroy(); // SIGTERM

        for (var turn : turns) {
            var events = turn.get(30, TimeUnit.SECONDS);
            assertThat(Sse.names(events)).as("%s", events).last().isEqualTo("done");
            assertThat(Sse.text(events)).as("%s", events).isEqualTo(FakeWorker.expectedText(TOKENS));
        }
        boolean exited = platform.waitFor(40, TimeUnit.SECONDS);
        assertThat(exited)
                .as("the platform exits after SIGTERM; its log: %s", tail())
                .isTrue();
        // 143 = 128 + SIGTERM: the JVM ran its shutdown hooks to the end and exited for the signal
        assertThat(platform.exitValue()).isEqualTo(143);
        // and before it went, the replica wrote the drained turns' transcripts to PostgreSQL itself
        for (String id : conversations) {
            assertThat(transcript(id)).containsExactly("user", "assistant:" + FakeWorker.expectedText(TOKENS));
        }
    }

    /** A conversation's messages in PostgreSQL, oldest first: the role, and the assistant's text. */
    private List<String> transcript(String conversation) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                PreparedStatement query = c.prepareStatement(
                        "SELECT role, content FROM messages WHERE conversation_id = ? ORDER BY turn_seq, role DESC")) {
            query.setObject(1, UUID.fromString(conversation));
            List<String> rows = new ArrayList<>();
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    String role = r.getString(1);
                    rows.add(role.equals("assistant") ? role + ":" + r.getString(2) : role);
                }
            }
            return rows;
        }
    }

    private Process launch(int port) throws IOException {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-cp",
                System.getProperty("java.class.path"),
                SwitchboardApplication.class.getName(),
                "--server.port=" + port,
                "--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(),
                "--switchboard.redis-url=" + TestServices.get().redis().uri(),
                "--switchboard.dialog.key-prefix=switchboard:dialog:" + db.database(),
                "--switchboard.inference.workers=" + worker.baseUrl(),
                "--switchboard.operator-key=" + PlatformIntegrationTest.OPERATOR_KEY,
                "--switchboard.secrets-key=" + PlatformIntegrationTest.SECRETS_KEY,
                "--logging.level.io.switchboard.platform.wiring.NettyShutdown=DEBUG");
        Files.createDirectories(log.getParent());
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private void awaitReady(int port) {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest readiness = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2))
                .build();
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .ignoreExceptions()
                .failFast("the platform exited; its log: " + log.toAbsolutePath(), () -> !platform.isAlive())
                .until(() -> client.send(readiness, HttpResponse.BodyHandlers.ofString())
                                .statusCode()
                        == 200);
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
