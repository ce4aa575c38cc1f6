package io.switchboard.testing.fakeworker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link FakeWorker} in a JVM of its own ({@code java -cp <this JVM's class path>}), for tests that kill a worker
 * the way a crash does (SIGKILL) and start it again on the same port. Its output goes to a log file.
 */
public final class FakeWorkerProcess implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final Behaviour initial;
    private final Path log;
    private int port;
    private Process process;

    private FakeWorkerProcess(Behaviour initial, int port, Path log) {
        this.initial = initial;
        this.port = port;
        this.log = log;
        this.process = launch();
    }

    /** Starts a worker process on a free port and waits (at most 30 s) until it listens. */
    public static FakeWorkerProcess start(Behaviour behaviour) {
        try {
            return new FakeWorkerProcess(behaviour, 0, Files.createTempFile("fake-worker", ".log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the process with SIGKILL, as a crash would, and waits until it is gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("fake worker " + pid() + " survived SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts the worker again, with its initial behaviour, on the same port. */
    public void restart() {
        if (process.isAlive()) {
            kill();
        }
        process = launch();
    }

    /** Changes knobs of the running worker (names as in {@link Behaviour}). */
    public void behave(Map<String, String> knobs) {
        String query = knobs.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        send(HttpRequest.newBuilder(URI.create(baseUrl() + "/fake/behaviour?" + query))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** The worker's counters, read from {@code GET /fake/stats}. */
    public FakeWorker.Stats stats() {
        JsonNode json = JSON.readTree(send(HttpRequest.newBuilder(URI.create(baseUrl() + "/fake/stats"))));
        return new FakeWorker.Stats(
                json.path("requests").asLong(),
                json.path("running").asInt(),
                json.path("completed").asLong(),
                json.path("cancelled").asLong(),
                json.path("connections").asLong());
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private Process launch() {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                FakeWorker.class.getName(),
                "--port=" + port));
        initial.asMap().forEach((name, value) -> command.add("--" + name + "=" + value));
        try {
            Process started = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            port = awaitPort(started);
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start fake worker", e);
        }
    }

    private int awaitPort(Process started) {
        CompletableFuture<Integer> listening = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(started.getInputStream()))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith(FakeWorker.LISTENING)) {
                        return Integer.parseInt(
                                line.substring(FakeWorker.LISTENING.length()).trim());
                    }
                }
                throw new IllegalStateException("fake worker exited; see " + log);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            return listening.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            started.destroyForcibly();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            started.destroyForcibly();
            throw new IllegalStateException("fake worker did not start; see " + log, e);
        }
    }

    private static String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    HTTP.send(request.timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "fake worker answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
