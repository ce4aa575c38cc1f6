package io.switchboard.platform.webhooks;

import static io.switchboard.platform.support.Api.bearer;
import static io.switchboard.platform.support.PlatformIntegrationTest.OPERATOR_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.platform.support.PlatformIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The webhook admin API on the platform's default settings: no allow-list, so every internal address is refused. */
class WebhookAdminIntegrationTests extends PlatformIntegrationTest {

    // a documentation address (TEST-NET-3): public by the rules, reached by no test
    private static final String PUBLIC_URL = "https://203.0.113.7/hooks/switchboard";

    @Autowired
    JdbcClient db;

    @Test
    void aTenantAdminManagesWebhooksAndSeesTheSecretOnlyOnce() {
        String tenant = api.createTenant("Hook Shop", "ecommerce");
        String admin = api.secretKey(tenant, "admin").key();

        Map<?, ?> created = create(tenant, admin, PUBLIC_URL, List.of("conversation.created", "message.created"))
                .expectStatus()
                .isCreated()
                .expectHeader()
                .exists(HttpHeaders.LOCATION)
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        String id = (String) created.get("id");
        String secret = (String) created.get("secret");
        assertThat(secret).startsWith("whsec_");
        assertThat(created.get("eventTypes")).isEqualTo(List.of("conversation.created", "message.created"));

        byte[] listing = http.get()
                .uri("/admin/v1/tenants/{t}/webhooks", tenant)
                .header(HttpHeaders.AUTHORIZATION, bearer(admin))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[0].id")
                .isEqualTo(id)
                .jsonPath("$[0].url")
                .isEqualTo(PUBLIC_URL)
                .jsonPath("$[0].secret")
                .doesNotExist()
                .returnResult()
                .getResponseBody();
        assertThat(new String(listing)).doesNotContain(secret.substring(6));
        // the database holds it sealed: a dump or a read-only session does not hand it out
        assertThat(db.sql("SELECT secret FROM webhooks WHERE id = ?::uuid")
                        .param(id)
                        .query(String.class)
                        .single())
                .startsWith("sb1.")
                .doesNotContain(secret.substring(6));

        http.patch()
                .uri("/admin/v1/tenants/{t}/webhooks/{w}", tenant, id)
                .header(HttpHeaders.AUTHORIZATION, bearer(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("eventTypes", List.of("conversation.closed"), "active", false))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.eventTypes[0]")
                .isEqualTo("conversation.closed")
                .jsonPath("$.active")
                .isEqualTo(false)
                .jsonPath("$.secret")
                .doesNotExist();

        Map<?, ?> rotated = http.post()
                .uri("/admin/v1/tenants/{t}/webhooks/{w}/rotate-secret", tenant, id)
                .header(HttpHeaders.AUTHORIZATION, bearer(admin))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        assertThat((String) rotated.get("secret")).startsWith("whsec_").isNotEqualTo(secret);
        assertThat(rotated.get("previousSecretExpiresAt")).isNotNull();
        http.get()
                .uri("/admin/v1/tenants/{t}/webhooks/{w}", tenant, id)
                .header(HttpHeaders.AUTHORIZATION, bearer(admin))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.previousSecretExpiresAt")
                .isNotEmpty()
                .jsonPath("$.secret")
                .doesNotExist();

        http.get()
                .uri("/admin/v1/tenants/{t}/webhooks/{w}/deliveries", tenant, id)
                .header(HttpHeaders.AUTHORIZATION, bearer(admin))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items")
                .isEmpty();

        http.delete()
                .uri("/admin/v1/tenants/{t}/webhooks/{w}", tenant, id)
                .header(HttpHeaders.AUTHORIZATION, bearer(admin))
                .exchange()
                .expectStatus()
                .isNoContent();
        http.get()
                .uri("/admin/v1/tenants/{t}/webhooks/{w}", tenant, id)
                .header(HttpHeaders.AUTHORIZATION, bearer(admin))
                .exchange()
                .expectStatus()
                .isNotFound();
        assertThat(db.sql("SELECT action FROM audit_log WHERE target = ? ORDER BY id")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("webhook.created", "webhook.changed", "webhook.secret_rotated", "webhook.deleted");
        assertThat(db.sql("SELECT details::text FROM audit_log WHERE target = ?")
                        .param(id)
                        .query(String.class)
                        .list())
                .noneMatch(details -> details.contains("whsec_"));
    }

    @Test
    void anUnknownEventTypeIsAnInvalidFieldAndNothingIsStored() {
        String tenant = api.createTenant("Typo Shop", "ecommerce");
        create(tenant, OPERATOR_KEY, PUBLIC_URL, List.of("conversation.created", "conversation.exploded"))
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("eventTypes")
                .jsonPath("$.errors[0].message")
                .value(m -> assertThat((String) m).contains("conversation.exploded"));
        create(tenant, OPERATOR_KEY, PUBLIC_URL, List.of())
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("eventTypes");
        assertThat(webhookRows(tenant)).isZero();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "http://127.0.0.1:8080/hook | a loopback address",
                "http://10.0.0.1/hook | a private address",
                "http://192.168.0.10/hook | a private address",
                "http://169.254.169.254/latest/meta-data | a cloud metadata address",
                "http://[::1]:8080/hook | a loopback address",
                "http://[fd00:ec2::254]/ | a cloud metadata address",
                "http://100.64.1.1/ | a shared (CGNAT) address",
                "http://localhost:8080/hook | a loopback address",
                "ftp://203.0.113.7/hook | must be an http or https URL",
                "file:///etc/passwd | must be an http or https URL",
                "gopher://203.0.113.7:70/ | must be an http or https URL",
                "https://user:pass@203.0.113.7/ | must not carry credentials"
            })
    void internalAddressesAndOtherSchemesAreRefused(String url, String reason) {
        String tenant = api.createTenant("SSRF Probe", "finance");
        create(tenant, OPERATOR_KEY, url, List.of("message.created"))
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://switchboard.dev/problems/invalid-request")
                .jsonPath("$.errors[0].field")
                .isEqualTo("url")
                .jsonPath("$.errors[0].message")
                .value(m -> assertThat((String) m).contains(reason));
        assertThat(webhookRows(tenant)).isZero();
    }

    @Test
    void aPatchToAnInternalAddressIsRefusedAndTheUrlKept() {
        String tenant = api.createTenant("Patch Probe", "finance");
        String id = (String) create(tenant, OPERATOR_KEY, PUBLIC_URL, List.of("message.created"))
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("id");
        http.patch()
                .uri("/admin/v1/tenants/{t}/webhooks/{w}", tenant, id)
                .header(HttpHeaders.AUTHORIZATION, bearer(OPERATOR_KEY))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", "http://169.254.169.254/"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("url");
        assertThat(db.sql("SELECT url FROM webhooks WHERE id = ?::uuid")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo(PUBLIC_URL);
    }

    @Test
    void anotherTenantsKeyFindsNoneOfItsWebhooksAndChangesNothing() {
        String a = api.createTenant("Hooks A", "ecommerce");
        String b = api.createTenant("Hooks B", "ecommerce");
        String keyOfA = api.secretKey(a, "admin").key();
        String keyOfB = api.secretKey(b, "admin").key();
        String hookOfB = (String) create(b, keyOfB, PUBLIC_URL, List.of("message.created"))
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("id");
        String before = snapshot(b);

        for (String tenantPath : List.of(b, a)) {
            expect404(http.get().uri("/admin/v1/tenants/{t}/webhooks/{w}", tenantPath, hookOfB), keyOfA);
            expect404(
                    http.patch()
                            .uri("/admin/v1/tenants/{t}/webhooks/{w}", tenantPath, hookOfB)
                            .contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(Map.of("active", false)),
                    keyOfA);
            expect404(http.post().uri("/admin/v1/tenants/{t}/webhooks/{w}/rotate-secret", tenantPath, hookOfB), keyOfA);
            expect404(http.get().uri("/admin/v1/tenants/{t}/webhooks/{w}/deliveries", tenantPath, hookOfB), keyOfA);
            expect404(http.delete().uri("/admin/v1/tenants/{t}/webhooks/{w}", tenantPath, hookOfB), keyOfA);
        }
        expect404(http.get().uri("/admin/v1/tenants/{t}/webhooks", b), keyOfA);
        expect404(
                http.post()
                        .uri("/admin/v1/tenants/{t}/webhooks", b)
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("url", PUBLIC_URL, "eventTypes", List.of("message.created"))),
                keyOfA);

        assertThat(snapshot(b)).isEqualTo(before);
        http.get()
                .uri("/admin/v1/tenants/{t}/webhooks/{w}", b, hookOfB)
                .header(HttpHeaders.AUTHORIZATION, bearer(keyOfB))
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void aChatKeyCannotManageWebhooks() {
        String tenant = api.createTenant("Chatty", "ecommerce");
        String chat = api.secretKey(tenant, "chat").key();
        create(tenant, chat, PUBLIC_URL, List.of("message.created"))
                .expectStatus()
                .isForbidden();
        assertThat(webhookRows(tenant)).isZero();
    }

    private WebTestClient.ResponseSpec create(String tenant, String key, String url, List<String> types) {
        return http.post()
                .uri("/admin/v1/tenants/{t}/webhooks", tenant)
                .header(HttpHeaders.AUTHORIZATION, bearer(key))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", url, "eventTypes", types))
                .exchange();
    }

    private static void expect404(WebTestClient.RequestHeadersSpec<?> request, String key) {
        request.header(HttpHeaders.AUTHORIZATION, bearer(key))
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private long webhookRows(String tenant) {
        return db.sql("SELECT count(*) FROM webhooks WHERE tenant_id = ?::uuid")
                .param(tenant)
                .query(Long.class)
                .single();
    }

    /** Everything of the tenant's webhooks and audit trail that a side effect would change. */
    private String snapshot(String tenant) {
        return db.sql("""
                        SELECT (SELECT string_agg(id || url || event_types::text || secret || active || updated_at, ';')
                                FROM webhooks WHERE tenant_id = ?::uuid)
                            || (SELECT count(*) FROM audit_log WHERE tenant_id = ?::uuid)""").params(tenant, tenant).query(String.class).single();
    }
}
