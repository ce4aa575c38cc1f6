package io.switchboard.platform.webhooks;

import static io.switchboard.platform.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.platform.support.Api;
import io.switchboard.platform.support.PlatformIntegrationTest;
import io.switchboard.testing.TestServices;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Deliveries to a real receiver on 127.0.0.1 (allow-listed), with fast retries. The platform runs as in
 * {@link PlatformIntegrationTest}, but on a database of its own, so that no other test context's dispatcher
 * (which would refuse loopback) ever claims these deliveries.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebhookDeliveryIntegrationTests {

    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final TestServices.Postgres OWN_DATABASE = TestServices.freshDatabase("platform_api_webhooks");

    @DynamicPropertySource
    static void deliverySettings(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", OWN_DATABASE::jdbcUrl);
        registry.add("spring.datasource.username", OWN_DATABASE::user);
        registry.add("spring.datasource.password", OWN_DATABASE::password);
        registry.add("spring.data.redis.url", () -> TestServices.get().redis().uri());
        registry.add("switchboard.operator-key", () -> PlatformIntegrationTest.OPERATOR_KEY);
        registry.add("switchboard.secrets-key", () -> PlatformIntegrationTest.SECRETS_KEY);
        registry.add("switchboard.webhooks.allowed-hosts", () -> "127.0.0.1");
        registry.add("switchboard.webhooks.initial-backoff", () -> "100ms");
        registry.add("switchboard.webhooks.max-backoff", () -> "300ms");
        registry.add("switchboard.webhooks.max-attempts", () -> "3");
        registry.add("switchboard.webhooks.poll-interval", () -> "100ms");
    }

    @Autowired
    Environment env;

    @Autowired
    Webhooks webhooks;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    private Api api;
    private WebTestClient http;
    private Receiver receiver;
    private String tenant;
    private String admin;

    @BeforeEach
    void receiverAndTenant() throws Exception {
        api = new Api(env);
        http = api.client();
        receiver = new Receiver();
        tenant = api.createTenant("Receiver Shop", "ecommerce");
        admin = api.secretKey(tenant, "admin").key();
    }

    @AfterEach
    void closeReceiver() {
        receiver.close();
    }

    @Test
    void thisContextUsesItsOwnDatabase() {
        assertThat(env.getProperty("spring.datasource.url")).isEqualTo(OWN_DATABASE.jdbcUrl());
    }

    @Test
    void everyDeliveryIsSignedWithTheSecretAndCarriesTheEnvelope() {
        Map<?, ?> hook = subscribe("/signed", List.of("conversation.created", "message.created"));
        String secret = (String) hook.get("secret");
        UUID conversation = UUID.randomUUID();

        publish("conversation.created", Map.of("conversationId", conversation.toString(), "channel", "api"));
        publish("message.created", Map.of("conversationId", conversation.toString(), "role", "assistant"));
        publish("conversation.closed", Map.of("conversationId", conversation.toString())); // not subscribed

        await().atMost(BOUND).until(() -> receiver.received("/signed").size() >= 2);
        List<Receiver.Received> got = receiver.received("/signed");
        assertThat(got).hasSize(2);
        for (Receiver.Received request : got) {
            Signature signature = Signature.parse(request.header("Switchboard-Signature"));
            assertThat(signature.v1()).containsExactly(hmac(secret, signature.t() + "." + request.body()));
            assertThat(Math.abs(Instant.now().getEpochSecond() - signature.t())).isLessThan(60);
            Map<?, ?> envelope = json.readValue(request.body(), Map.class);
            assertThat(List.<Object>copyOf(envelope.keySet()))
                    .containsExactlyInAnyOrder("id", "type", "createdAt", "tenantId", "data");
            assertThat(envelope.get("tenantId")).isEqualTo(tenant);
            assertThat(request.header("Switchboard-Event-Id")).isEqualTo(envelope.get("id"));
            assertThat(request.header("Switchboard-Event-Type")).isEqualTo(envelope.get("type"));
            assertThat(((Map<?, ?>) envelope.get("data")).get("conversationId")).isEqualTo(conversation.toString());
        }
        assertThat(got)
                .extracting(r -> r.header("Switchboard-Event-Type"))
                .containsExactlyInAnyOrder("conversation.created", "message.created");
        await().atMost(BOUND)
                .untilAsserted(() -> assertThat(log(hook, "delivered")).hasSize(2));
    }

    @Test
    void duringARotationBothSecretsSignAndAfterTheOverlapOnlyTheNewOne() {
        Map<?, ?> hook = subscribe("/rotating", List.of("message.created"));
        String oldSecret = (String) hook.get("secret");
        String newSecret = (String) http.post()
                .uri("/admin/v1/tenants/{t}/webhooks/{w}/rotate-secret", tenant, hook.get("id"))
                .header(HttpHeaders.AUTHORIZATION, bearer(admin))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("secret");

        publish("message.created", Map.of("n", 1));
        await().atMost(BOUND).until(() -> receiver.received("/rotating").size() == 1);
        Receiver.Received during = receiver.received("/rotating").getFirst();
        Signature both = Signature.parse(during.header("Switchboard-Signature"));
        assertThat(both.v1())
                .containsExactly(
                        hmac(newSecret, both.t() + "." + during.body()),
                        hmac(oldSecret, both.t() + "." + during.body()));

        // the overlap ends (as if 24 hours had passed)
        db.sql("UPDATE webhooks SET previous_secret_expires_at = now() - interval '1 second' WHERE id = ?::uuid")
                .param(hook.get("id"))
                .update();
        publish("message.created", Map.of("n", 2));
        await().atMost(BOUND).until(() -> receiver.received("/rotating").size() == 2);
        Receiver.Received after = receiver.received("/rotating").get(1);
        Signature one = Signature.parse(after.header("Switchboard-Signature"));
        assertThat(one.v1()).containsExactly(hmac(newSecret, one.t() + "." + after.body()));
        assertThat(one.v1()).doesNotContain(hmac(oldSecret, one.t() + "." + after.body()));
    }

    @Test
    void aFailingReceiverIsRetriedAndTheLogShowsTheAttempts() {
        receiver.answer("/flaky", 500);
        Map<?, ?> hook = subscribe("/flaky", List.of("conversation.handoff_requested"));

        publish(
                "conversation.handoff_requested",
                Map.of("conversationId", UUID.randomUUID().toString()));

        await().atMost(BOUND)
                .untilAsserted(() -> assertThat(log(hook, "delivered")).hasSize(1));
        assertThat(receiver.received("/flaky")).hasSize(2);
        assertThat(receiver.received("/flaky").get(0).header("Switchboard-Event-Id"))
                .isEqualTo(receiver.received("/flaky").get(1).header("Switchboard-Event-Id"));
        Map<?, ?> entry = log(hook, "delivered").getFirst();
        assertThat(entry.get("attempts")).isEqualTo(2);
        assertThat(entry.get("responseStatus")).isEqualTo(200);
        assertThat(entry.get("deliveredAt")).isNotNull();
        assertThat(entry.get("lastAttemptAt")).isNotNull();
        assertThat(entry.get("eventType")).isEqualTo("conversation.handoff_requested");
    }

    @Test
    void aRedirectIsNotFollowedAndTheDeliveryFailsAfterTheLastAttempt() {
        receiver.answer("/moved", 302, 302, 302, 302);
        Map<?, ?> hook = subscribe("/moved", List.of("conversation.escalated"));

        publish("conversation.escalated", Map.of("reason", "red flag"));

        await().atMost(BOUND)
                .untilAsserted(() -> assertThat(log(hook, "failed")).hasSize(1));
        Map<?, ?> entry = log(hook, "failed").getFirst();
        assertThat(entry.get("attempts")).isEqualTo(3);
        assertThat(entry.get("responseStatus")).isEqualTo(302);
        assertThat((String) entry.get("lastError")).contains("redirects are not followed");
        assertThat(receiver.received("/moved")).hasSize(3);
        assertThat(receiver.received("/landing")).isEmpty();
    }

    @Test
    void theAddressIsCheckedAgainAtEveryAttempt() {
        Map<?, ?> hook = subscribe("/moving", List.of("conversation.closed"));
        // the destination changes after the subscription was checked (as a DNS answer may): now a loopback
        // address that is not on the allow-list
        db.sql("UPDATE webhooks SET url = ? WHERE id = ?::uuid")
                .params("http://127.0.0.2:" + receiver.port() + "/moving", hook.get("id"))
                .update();

        publish(
                "conversation.closed",
                Map.of("conversationId", UUID.randomUUID().toString()));

        await().atMost(BOUND)
                .untilAsserted(() -> assertThat(log(hook, "failed")).hasSize(1));
        Map<?, ?> entry = log(hook, "failed").getFirst();
        assertThat(entry.get("attempts")).isEqualTo(3);
        assertThat(entry.get("responseStatus")).isNull();
        assertThat((String) entry.get("lastError")).startsWith("refused: ").contains("a loopback address");
        assertThat(receiver.received("/moving")).isEmpty();
    }

    @Test
    void publishingTheSameEventTwiceDeliversItOnce() {
        Map<?, ?> hook = subscribe("/once", List.of("conversation.agent_joined"));
        WebhookEvent event = WebhookEvent.of(UUID.fromString(tenant), EventType.CONVERSATION_AGENT_JOINED, Map.of());

        webhooks.publish(event).block(BOUND);
        webhooks.publish(event).block(BOUND);

        await().atMost(BOUND)
                .untilAsserted(() -> assertThat(log(hook, "delivered")).hasSize(1));
        assertThat(receiver.received("/once")).hasSize(1);
    }

    @Test
    void anInactiveWebhookReceivesNothing() {
        Map<?, ?> hook = subscribe("/paused", List.of("message.created"));
        http.patch()
                .uri("/admin/v1/tenants/{t}/webhooks/{w}", tenant, hook.get("id"))
                .header(HttpHeaders.AUTHORIZATION, bearer(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("active", false))
                .exchange()
                .expectStatus()
                .isOk();
        Map<?, ?> control = subscribe("/control", List.of("message.created"));

        publish("message.created", Map.of("n", 1));

        await().atMost(BOUND)
                .untilAsserted(() -> assertThat(log(control, "delivered")).hasSize(1));
        assertThat(receiver.received("/paused")).isEmpty();
        assertThat(log(hook, null)).isEmpty();
    }

    @Test
    void aStoppingReplicaFinishesAndRecordsTheDeliveriesUnderWay() {
        SmartLifecycle dispatcher = context.getBean("webhookDispatcher", SmartLifecycle.class);
        Map<?, ?> hook = subscribe("/slow", List.of("message.created"));
        receiver.delay("/slow", Duration.ofSeconds(1));

        publish("message.created", Map.of("n", 1));
        await().atMost(BOUND).until(() -> receiver.received("/slow").size() == 1);
        try {
            dispatcher.stop(); // as at shutdown, while the receiver is still answering
            assertThat(log(hook, "delivered")).hasSize(1);
        } finally {
            dispatcher.start();
        }
    }

    private Map<?, ?> subscribe(String path, List<String> types) {
        return http.post()
                .uri("/admin/v1/tenants/{t}/webhooks", tenant)
                .header(HttpHeaders.AUTHORIZATION, bearer(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", receiver.url(path), "eventTypes", types))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
    }

    private void publish(String type, Map<String, ?> data) {
        webhooks.publish(UUID.fromString(tenant), type, data).block(BOUND);
    }

    private List<Map<?, ?>> log(Map<?, ?> hook, String status) {
        Map<?, ?> page = http.get()
                .uri(b -> b.path("/admin/v1/tenants/{t}/webhooks/{w}/deliveries")
                        .queryParamIfPresent("status", java.util.Optional.ofNullable(status))
                        .build(tenant, hook.get("id")))
                .header(HttpHeaders.AUTHORIZATION, bearer(admin))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        @SuppressWarnings("unchecked")
        List<Map<?, ?>> items = (List<Map<?, ?>>) page.get("items");
        return items;
    }

    /** HMAC-SHA256 as a receiver computes it, written here apart from the production code. */
    private static String hmac(String secret, String payload) throws IllegalStateException {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The parsed {@code Switchboard-Signature} header. */
    private record Signature(long t, List<String> v1) {
        static Signature parse(String header) {
            long t = -1;
            List<String> v1 = new ArrayList<>();
            for (String part : header.split(",")) {
                String[] kv = part.split("=", 2);
                switch (kv[0]) {
                    case "t" -> t = Long.parseLong(kv[1]);
                    case "v1" -> v1.add(kv[1]);
                    default -> throw new AssertionError("unexpected signature element " + part);
                }
            }
            assertThat(t).isPositive();
            return new Signature(t, v1);
        }
    }
}
