package io.switchboard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A redis-server process of a test's own, on a free loopback port, for fault tests that stop, restart or
 * flush Redis without touching the server that other tests share.
 */
public final class PrivateRedis implements AutoCloseable {

    private final int port;
    private final Path dir;
    private Process process;

    private PrivateRedis(int port, Path dir) {
        this.port = port;
        this.dir = dir;
    }

    /** Starts a new server; fails if {@code redis-server} is not on the PATH. */
    public static PrivateRedis start() {
        try {
            PrivateRedis redis = new PrivateRedis(freePort(), Files.createTempDirectory("sb-redis"));
            redis.startProcess();
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public String uri() {
        return "redis://127.0.0.1:" + port;
    }

    /** Kills the server at once (SIGKILL): clients see connections drop, as in a crash. */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitFor(Duration.ofSeconds(10), () -> !process.isAlive() && !listening());
        }
    }

    /** Starts the server again on the same port, empty (it keeps nothing on disk). */
    public void restart() {
        kill();
        startProcess();
    }

    private void startProcess() {
        try {
            process = new ProcessBuilder(List.of(
                            "redis-server",
                            "--port",
                            Integer.toString(port),
                            "--bind",
                            "127.0.0.1",
                            "--save",
                            "",
                            "--appendonly",
                            "no",
                            "--dir",
                            dir.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("redis.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start redis-server (is it installed?)", e);
        }
        waitFor(Duration.ofSeconds(10), this::listening);
    }

    private boolean listening() {
        try (Socket s = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void waitFor(Duration bound, java.util.function.BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(bound);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("redis-server did not reach the expected state within " + bound);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        kill();
    }
}
