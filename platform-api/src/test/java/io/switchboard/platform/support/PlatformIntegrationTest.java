package io.switchboard.platform.support;

import io.switchboard.testing.TestServices;
import io.switchboard.testing.ThreadDumpOnTimeout;
import io.switchboard.testing.fakeworker.Behaviour;
import io.switchboard.testing.fakeworker.FakeWorker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The platform on a random port against the test run's PostgreSQL (a database of its own) and Redis, so every
 * integration test talks real HTTP to the real application. Subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(ThreadDumpOnTimeout.class)
public abstract class PlatformIntegrationTest {

    public static final String OPERATOR_KEY = "op_test_0123456789abcdef0123456789abcdef";
    /** The key that seals stored secrets in tests: 32 bytes, base64. */
    public static final String SECRETS_KEY = "dGVzdC1vbmx5LXNlY3JldHMta2V5LTMyLWJ5dGVzISE=";

    private static TestServices.Postgres database;
    private static FakeWorker worker;
    private static FakeCrm crm;

    @Autowired
    protected Environment env;

    protected Api api;
    protected WebTestClient http;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        var db = database();
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        registry.add("switchboard.redis-url", () -> TestServices.get().redis().uri());
        registry.add("switchboard.inference.workers", () -> worker().baseUrl());
        registry.add("switchboard.operator-key", () -> OPERATOR_KEY);
        registry.add("switchboard.secrets-key", () -> SECRETS_KEY);
        // the transcript outbox is a Redis Stream read by a consumer group: test JVMs that share a Redis (helpers,
        // CI jobs) must not read each other's entries and write them to their own databases
        registry.add(
                "switchboard.dialog.key-prefix",
                () -> "switchboard:dialog:" + database().database());
        // tenants' CRMs in these tests are fake servers on loopback, which only the allow-list lets through
        registry.add("switchboard.crm.allowed-hosts", () -> "127.0.0.1");
    }

    @BeforeEach
    void connect() {
        api = new Api(env);
        http = api.client();
    }

    /** The fake model worker on loopback that the platform's adapter talks to, shared by the test JVM. */
    protected static synchronized FakeWorker worker() {
        if (worker == null) {
            worker = FakeWorker.start(Behaviour.defaults());
        }
        return worker;
    }

    /** The fake tenant CRM on loopback, shared by the test JVM; tenants use it once configured through the API. */
    protected static synchronized FakeCrm crm() {
        if (crm == null) {
            crm = FakeCrm.start();
        }
        return crm;
    }

    /** One fresh database per test JVM, shared by the platform's test classes as Spring shares the context. */
    private static synchronized TestServices.Postgres database() {
        if (database == null) {
            database = TestServices.freshDatabase("platform_api");
        }
        return database;
    }
}
