package io.switchboard.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * The single switch that decides where tests find PostgreSQL and Redis.
 *
 * <p>{@code SWITCHBOARD_TEST_SERVICES} (or the system property {@code switchboard.test-services}) is
 * {@code testcontainers}, {@code local} or {@code auto} (the default): auto uses Testcontainers when a
 * Docker engine answers and the machine's own services on their default ports otherwise. Every test
 * gets the same endpoints either way, so there is one code path.
 */
public final class TestServices {

    private static final String LOCAL_HOST = "127.0.0.1";
    private static volatile Endpoints endpoints;

    private TestServices() {}

    /** PostgreSQL and Redis for this test JVM, started on first use. */
    public static Endpoints get() {
        Endpoints e = endpoints;
        if (e == null) {
            synchronized (TestServices.class) {
                e = endpoints;
                if (e == null) {
                    e = useContainers() ? startContainers() : local();
                    endpoints = e;
                }
            }
        }
        return e;
    }

    /**
     * A fresh, empty database on the shared server, of this test JVM alone (its name carries the process id, so
     * two builds running at once never share one), dropped when the JVM exits. Each module's tests thus own their
     * schema and never see another's rows.
     */
    public static Postgres freshDatabase(String name) {
        Postgres server = get().postgres();
        String db = "sb_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_") + "_"
                + ProcessHandle.current().pid();
        execute(server, "DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        execute(server, "CREATE DATABASE " + db);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                execute(server, "DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            } catch (RuntimeException ignored) {
                // the server may already be gone; a later run's name differs anyway
            }
        }));
        return server.withDatabase(db);
    }

    private static void execute(Postgres server, String sql) {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException ex) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + server.jdbcUrl(), ex);
        }
    }

    private static boolean useContainers() {
        String mode = System.getProperty("switchboard.test-services", System.getenv("SWITCHBOARD_TEST_SERVICES"));
        mode = mode == null ? "auto" : mode.trim().toLowerCase(Locale.ROOT);
        return switch (mode) {
            case "testcontainers" -> true;
            case "local" -> false;
            case "auto" -> dockerAnswers();
            default ->
                throw new IllegalArgumentException(
                        "SWITCHBOARD_TEST_SERVICES must be auto, local or testcontainers, not " + mode);
        };
    }

    private static boolean dockerAnswers() {
        boolean socket = java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"));
        if (!socket && System.getenv("DOCKER_HOST") == null) {
            return false; // no engine to ask: skip Testcontainers' probe and its error log
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException ex) {
            return false;
        }
    }

    private static Endpoints local() {
        return new Endpoints(new Postgres(LOCAL_HOST, 5432, "test", "postgres", ""), new Redis(LOCAL_HOST, 6379));
    }

    @SuppressWarnings("resource") // containers live as long as the test JVM; Ryuk removes them
    private static Endpoints startContainers() {
        GenericContainer<?> postgres = new GenericContainer<>("postgres:16-alpine")
                .withEnv("POSTGRES_USER", "postgres")
                .withEnv("POSTGRES_HOST_AUTH_METHOD", "trust")
                .withEnv("POSTGRES_DB", "test")
                .withExposedPorts(5432)
                .waitingFor(Wait.forLogMessage(".*database system is ready to accept connections.*", 2));
        GenericContainer<?> redis =
                new GenericContainer<>("redis:7-alpine").withExposedPorts(6379).waitingFor(Wait.forListeningPort());
        postgres.start();
        redis.start();
        return new Endpoints(
                new Postgres(postgres.getHost(), postgres.getMappedPort(5432), "test", "postgres", ""),
                new Redis(redis.getHost(), redis.getMappedPort(6379)));
    }

    /** Where the test run's services are. */
    public record Endpoints(Postgres postgres, Redis redis) {}

    /** A PostgreSQL server and one database on it. */
    public record Postgres(String host, int port, String database, String user, String password) {
        public String jdbcUrl() {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }

        public Postgres withDatabase(String name) {
            return new Postgres(host, port, name, user, password);
        }
    }

    /** A Redis server. */
    public record Redis(String host, int port) {
        public String uri() {
            return "redis://" + host + ":" + port;
        }
    }
}
