package io.switchboard.platform.tenants;

import static io.switchboard.platform.support.Api.bearer;
import static io.switchboard.platform.support.PlatformIntegrationTest.OPERATOR_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.platform.support.Api;
import io.switchboard.platform.support.PlatformIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

@ExtendWith(OutputCaptureExtension.class)
class TenantAdminIntegrationTests extends PlatformIntegrationTest {

    @Autowired
    JdbcClient db;

    @Test
    void operatorCreatesReadsListsAndChangesTenants() {
        String id = api.createTenant("Acme Bank", "finance");

        http.get()
                .uri("/admin/v1/tenants/{id}", id)
                .header(HttpHeaders.AUTHORIZATION, bearer(OPERATOR_KEY))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.name")
                .isEqualTo("Acme Bank")
                .jsonPath("$.plan")
                .isEqualTo("starter")
                .jsonPath("$.domain")
                .isEqualTo("finance")
                .jsonPath("$.status")
                .isEqualTo("active");

        http.get()
                .uri("/admin/v1/tenants?limit=200")
                .header(HttpHeaders.AUTHORIZATION, bearer(OPERATOR_KEY))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items[?(@.id == '%s')].name".formatted(id))
                .isEqualTo("Acme Bank");

        http.patch()
                .uri("/admin/v1/tenants/{id}", id)
                .header(HttpHeaders.AUTHORIZATION, bearer(OPERATOR_KEY))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("plan", "pro", "persona", "Formal and brief."))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.plan")
                .isEqualTo("pro")
                .jsonPath("$.persona")
                .isEqualTo("Formal and brief.");

        assertThat(db.sql("SELECT count(*) FROM audit_log WHERE tenant_id = ?::uuid")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void unknownPlanOrDomainIsAnInvalidField() {
        http.post()
                .uri("/admin/v1/tenants")
                .header(HttpHeaders.AUTHORIZATION, bearer(OPERATOR_KEY))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "X", "plan", "gold", "domain", "finance"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("plan");
        http.post()
                .uri("/admin/v1/tenants")
                .header(HttpHeaders.AUTHORIZATION, bearer(OPERATOR_KEY))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "X", "plan", "starter", "domain", "law"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("domain");
    }

    @Test
    void aKeyIsShownInFullOnceAndListedByPrefixOnly(CapturedOutput output) {
        String tenant = api.createTenant("Key Shop", "ecommerce");
        Api.IssuedKey issued = api.secretKey(tenant, "admin", "chat");
        assertThat(issued.key()).startsWith("sk_live_").hasSizeGreaterThanOrEqualTo(8 + 22);

        byte[] listing = http.get()
                .uri("/admin/v1/tenants/{id}/keys", tenant)
                .header(HttpHeaders.AUTHORIZATION, bearer(issued.key()))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[0].prefix")
                .isEqualTo(issued.key().substring(0, 12))
                .jsonPath("$[0].key")
                .doesNotExist()
                .returnResult()
                .getResponseBody();
        assertThat(new String(listing)).doesNotContain(issued.key().substring(12));

        assertThat(db.sql("SELECT count(*) FROM api_keys WHERE display_prefix = ? AND length(hash) = 32")
                        .param(issued.key().substring(0, 12))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(output.getAll())
                .doesNotContain(issued.key())
                .doesNotContain(issued.key().substring(12));
    }

    @Test
    void publishableKeysNeedOriginsAndCannotCallTheApi() {
        String tenant = api.createTenant("Widget Shop", "ecommerce");
        http.post()
                .uri("/admin/v1/tenants/{id}/keys", tenant)
                .header(HttpHeaders.AUTHORIZATION, bearer(OPERATOR_KEY))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "publishable"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("allowedOrigins");
        String pk = (String) http.post()
                .uri("/admin/v1/tenants/{id}/keys", tenant)
                .header(HttpHeaders.AUTHORIZATION, bearer(OPERATOR_KEY))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "publishable", "allowedOrigins", List.of("https://shop.example.com")))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("key");
        assertThat(pk).startsWith("pk_live_");
        http.get()
                .uri("/admin/v1/tenants/{id}", tenant)
                .header(HttpHeaders.AUTHORIZATION, bearer(pk))
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void requestsWithoutAValidKeyAreUnauthenticated() {
        String tenant = api.createTenant("Locked", "medical");
        http.get()
                .uri("/admin/v1/tenants/{id}", tenant)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .exists(HttpHeaders.WWW_AUTHENTICATE);
        http.get()
                .uri("/admin/v1/tenants/{id}", tenant)
                .header(HttpHeaders.AUTHORIZATION, bearer("sk_live_" + "x".repeat(43)))
                .exchange()
                .expectStatus()
                .isUnauthorized();
        http.get()
                .uri("/admin/v1/tenants/{id}", tenant)
                .header(HttpHeaders.AUTHORIZATION, bearer(OPERATOR_KEY + "x"))
                .exchange()
                .expectStatus()
                .isUnauthorized();
        http.get()
                .uri("/admin/v1/tenants/{id}", tenant)
                .header(HttpHeaders.AUTHORIZATION, "Basic b3A6b3A=")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void aRevokedKeyIsRefusedWithinFiveSeconds() {
        String tenant = api.createTenant("Revoker", "finance");
        Api.IssuedKey key = api.secretKey(tenant, "admin");
        http.get()
                .uri("/admin/v1/tenants/{id}", tenant)
                .header(HttpHeaders.AUTHORIZATION, bearer(key.key()))
                .exchange()
                .expectStatus()
                .isOk();

        http.delete()
                .uri("/admin/v1/tenants/{id}/keys/{key}", tenant, key.id())
                .header(HttpHeaders.AUTHORIZATION, bearer(OPERATOR_KEY))
                .exchange()
                .expectStatus()
                .isNoContent();
        long revokedAt = System.nanoTime();

        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> http.get()
                        .uri("/admin/v1/tenants/{id}", tenant)
                        .header(HttpHeaders.AUTHORIZATION, bearer(key.key()))
                        .exchange()
                        .expectStatus()
                        .isUnauthorized());
        assertThat(Duration.ofNanos(System.nanoTime() - revokedAt)).isLessThan(Duration.ofSeconds(5));
        http.get()
                .uri("/admin/v1/tenants/{id}/keys", tenant)
                .header(HttpHeaders.AUTHORIZATION, bearer(OPERATOR_KEY))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[0].revokedAt")
                .isNotEmpty();
    }

    @Test
    void oneTenantsKeySeesNothingOfAnotherTenant() {
        String a = api.createTenant("Tenant A", "ecommerce");
        String b = api.createTenant("Tenant B", "finance");
        String keyOfA = api.secretKey(a, "admin", "chat").key();
        Api.IssuedKey keyOfB = api.secretKey(b, "admin");
        long auditBefore = auditRows(b);

        http.get()
                .uri("/admin/v1/tenants/{id}", b)
                .header(HttpHeaders.AUTHORIZATION, bearer(keyOfA))
                .exchange()
                .expectStatus()
                .isNotFound();
        http.get()
                .uri("/admin/v1/tenants/{id}/keys", b)
                .header(HttpHeaders.AUTHORIZATION, bearer(keyOfA))
                .exchange()
                .expectStatus()
                .isNotFound();
        http.patch()
                .uri("/admin/v1/tenants/{id}", b)
                .header(HttpHeaders.AUTHORIZATION, bearer(keyOfA))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Hijacked"))
                .exchange()
                .expectStatus()
                .isNotFound();
        http.post()
                .uri("/admin/v1/tenants/{id}/keys", b)
                .header(HttpHeaders.AUTHORIZATION, bearer(keyOfA))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "secret", "scopes", List.of("admin")))
                .exchange()
                .expectStatus()
                .isNotFound();
        http.delete()
                .uri("/admin/v1/tenants/{id}/keys/{key}", b, keyOfB.id())
                .header(HttpHeaders.AUTHORIZATION, bearer(keyOfA))
                .exchange()
                .expectStatus()
                .isNotFound();
        // and a key id of B under A's own path is simply not found
        http.delete()
                .uri("/admin/v1/tenants/{id}/keys/{key}", a, keyOfB.id())
                .header(HttpHeaders.AUTHORIZATION, bearer(keyOfA))
                .exchange()
                .expectStatus()
                .isNotFound();

        http.get()
                .uri("/admin/v1/tenants/{id}", b)
                .header(HttpHeaders.AUTHORIZATION, bearer(keyOfB.key()))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.name")
                .isEqualTo("Tenant B");
        assertThat(db.sql("SELECT count(*) FROM api_keys WHERE tenant_id = ?::uuid AND revoked_at IS NULL")
                        .param(b)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(auditRows(b)).isEqualTo(auditBefore);
    }

    @Test
    void tenantAdminKeysManageTheirOwnTenantOnly() {
        String tenant = api.createTenant("Self Service", "ecommerce");
        String admin = api.secretKey(tenant, "admin").key();
        String chat = api.secretKey(tenant, "chat").key();

        http.patch()
                .uri("/admin/v1/tenants/{id}", tenant)
                .header(HttpHeaders.AUTHORIZATION, bearer(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("persona", "Cheerful."))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.persona")
                .isEqualTo("Cheerful.");
        http.patch()
                .uri("/admin/v1/tenants/{id}", tenant)
                .header(HttpHeaders.AUTHORIZATION, bearer(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("plan", "enterprise"))
                .exchange()
                .expectStatus()
                .isForbidden();
        http.get()
                .uri("/admin/v1/tenants")
                .header(HttpHeaders.AUTHORIZATION, bearer(admin))
                .exchange()
                .expectStatus()
                .isForbidden();
        http.post()
                .uri("/admin/v1/tenants")
                .header(HttpHeaders.AUTHORIZATION, bearer(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Mine", "plan", "free", "domain", "finance"))
                .exchange()
                .expectStatus()
                .isForbidden();
        http.get()
                .uri("/admin/v1/tenants/{id}", tenant)
                .header(HttpHeaders.AUTHORIZATION, bearer(chat))
                .exchange()
                .expectStatus()
                .isForbidden();
        assertThat(db.sql("SELECT plan_id FROM tenants WHERE id = ?::uuid")
                        .param(tenant)
                        .query(String.class)
                        .single())
                .isEqualTo("starter");
    }

    private long auditRows(String tenant) {
        return db.sql("SELECT count(*) FROM audit_log WHERE tenant_id = ?::uuid")
                .param(tenant)
                .query(Long.class)
                .single();
    }
}
