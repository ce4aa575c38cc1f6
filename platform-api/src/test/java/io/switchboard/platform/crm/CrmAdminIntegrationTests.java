package io.switchboard.platform.crm;

import static io.switchboard.platform.support.Api.bearer;
import static io.switchboard.platform.support.PlatformIntegrationTest.OPERATOR_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.platform.secrets.StoredSecrets;
import io.switchboard.platform.support.PlatformIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The CRM admin API on the test settings (only {@code 127.0.0.1} on the CRM allow-list): a tenant's admin connects
 * its CRM, the secret is never shown again, and URLs that are not https or reach internal addresses are refused.
 */
class CrmAdminIntegrationTests extends PlatformIntegrationTest {

    // a documentation address (TEST-NET-3): public by the rules, reached by no test
    private static final String PUBLIC_URL = "https://203.0.113.7/crm";
    private static final String SECRET = "s3cret-shared-with-the-crm-0123456789";

    @Autowired
    JdbcClient db;

    @Autowired
    StoredSecrets sealed;

    @Test
    void aTenantAdminConnectsItsCrmAndNeverSeesTheSecretAgain() {
        String tenant = api.createTenant("CRM Shop", "ecommerce");
        String admin = api.secretKey(tenant, "admin").key();

        String put = new String(put(tenant, admin, Map.of("baseUrl", PUBLIC_URL + "/", "secret", SECRET))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.kind")
                .isEqualTo("http")
                .jsonPath("$.baseUrl")
                .isEqualTo(PUBLIC_URL)
                .jsonPath("$.secret")
                .doesNotExist()
                .returnResult()
                .getResponseBody());
        String got = new String(get(tenant, admin)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.baseUrl")
                .isEqualTo(PUBLIC_URL)
                .returnResult()
                .getResponseBody());
        assertThat(put + got).doesNotContain(SECRET);

        http.delete()
                .uri("/admin/v1/tenants/{t}/crm", tenant)
                .header(HttpHeaders.AUTHORIZATION, bearer(admin))
                .exchange()
                .expectStatus()
                .isNoContent();
        get(tenant, admin).expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(db.sql("SELECT action FROM audit_log WHERE tenant_id = ?::uuid AND action LIKE 'crm.%' ORDER BY id")
                        .param(tenant)
                        .query(String.class)
                        .list())
                .containsExactly("crm.configured", "crm.removed");
        assertThat(db.sql("SELECT details::text FROM audit_log WHERE tenant_id = ?::uuid")
                        .param(tenant)
                        .query(String.class)
                        .list())
                .noneMatch(details -> details.contains(SECRET));
    }

    @Test
    void aSecondPutReplacesTheIntegration() {
        String tenant = api.createTenant("CRM Move", "finance");
        put(tenant, OPERATOR_KEY, Map.of("baseUrl", PUBLIC_URL, "secret", SECRET))
                .expectStatus()
                .isOk();
        put(tenant, OPERATOR_KEY, Map.of("baseUrl", "https://203.0.113.8/v2", "secret", SECRET + "-new"))
                .expectStatus()
                .isOk();

        get(tenant, OPERATOR_KEY).expectBody().jsonPath("$.baseUrl").isEqualTo("https://203.0.113.8/v2");
        // the database holds the new secret sealed, never in clear, bound to this tenant's row
        String stored = db.sql("SELECT secret FROM crm_integrations WHERE tenant_id = ?::uuid")
                .param(tenant)
                .query(String.class)
                .single();
        assertThat(stored).startsWith("sb1.").doesNotContain(SECRET);
        assertThat(sealed.open(stored, "crm_integrations.secret " + tenant)).isEqualTo(SECRET + "-new");
        assertThatThrownBy(() -> sealed.open(stored, "crm_integrations.secret " + UUID.randomUUID()))
                .isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "http://crm.example.com/api | baseUrl | must be an https URL",
                "ftp://203.0.113.7/crm | baseUrl | must be an http or https URL",
                "https://user:pw@203.0.113.7/ | baseUrl | must not carry credentials",
                "https://203.0.113.7/crm?tenant=1 | baseUrl | must not have a query",
                "https://10.0.0.5/crm | baseUrl | a private address",
                "https://169.254.169.254/latest | baseUrl | a cloud metadata address",
                "https://localhost:8443/crm | baseUrl | a loopback address",
                "https://127.0.0.2:8443/crm | baseUrl | a loopback address",
                "https://[::1]:8443/crm | baseUrl | a loopback address",
                "not a url | baseUrl | not a valid URL"
            })
    void badOrInternalUrlsAreInvalidAndNothingIsStored(String url, String field, String reason) {
        String tenant = api.createTenant("CRM Probe", "finance");
        put(tenant, OPERATOR_KEY, Map.of("baseUrl", url, "secret", SECRET))
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://switchboard.dev/problems/invalid-request")
                .jsonPath("$.errors[0].field")
                .isEqualTo(field)
                .jsonPath("$.errors[0].message")
                .value(m -> assertThat((String) m).contains(reason));
        assertThat(rows(tenant)).isZero();
    }

    @Test
    void aMissingOrWeakSecretIsInvalidAndNeverEchoed() {
        String tenant = api.createTenant("CRM Secretless", "finance");
        put(tenant, OPERATOR_KEY, Map.of("baseUrl", PUBLIC_URL))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("secret");
        String weak = "short";
        String body = new String(put(tenant, OPERATOR_KEY, Map.of("baseUrl", PUBLIC_URL, "secret", weak))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("secret")
                .returnResult()
                .getResponseBody());
        assertThat(body).doesNotContain("\"" + weak + "\"");
        put(tenant, OPERATOR_KEY, Map.of("baseUrl", PUBLIC_URL, "secret", "has spaces in it, sixteen+ chars"))
                .expectStatus()
                .isBadRequest();
        assertThat(rows(tenant)).isZero();
    }

    @Test
    void anotherTenantsAdminFindsNothingAndAKeyWithoutTheAdminScopeIsForbidden() {
        String a = api.createTenant("CRM A", "finance");
        String b = api.createTenant("CRM B", "finance");
        put(b, OPERATOR_KEY, Map.of("baseUrl", PUBLIC_URL, "secret", SECRET))
                .expectStatus()
                .isOk();
        String adminOfA = api.secretKey(a, "admin").key();
        String chatOfB = api.secretKey(b, "chat").key();

        // another tenant's id answers 404, exactly like one that does not exist (docs/decisions.md)
        get(b, adminOfA).expectStatus().isNotFound();
        put(b, adminOfA, Map.of("baseUrl", "https://203.0.113.9/evil", "secret", SECRET))
                .expectStatus()
                .isNotFound();
        http.delete()
                .uri("/admin/v1/tenants/{t}/crm", b)
                .header(HttpHeaders.AUTHORIZATION, bearer(adminOfA))
                .exchange()
                .expectStatus()
                .isNotFound();
        get(b, chatOfB).expectStatus().isForbidden().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        put(b, chatOfB, Map.of("baseUrl", "https://203.0.113.9/evil", "secret", SECRET))
                .expectStatus()
                .isForbidden();

        get(b, OPERATOR_KEY).expectBody().jsonPath("$.baseUrl").isEqualTo(PUBLIC_URL);
        http.get().uri("/admin/v1/tenants/{t}/crm", b).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void anUnknownTenantIsNotFound() {
        String missing = "00000000-0000-0000-0000-00000000abcd";
        put(missing, OPERATOR_KEY, Map.of("baseUrl", PUBLIC_URL, "secret", SECRET))
                .expectStatus()
                .isNotFound();
        get(missing, OPERATOR_KEY).expectStatus().isNotFound();
    }

    private WebTestClient.ResponseSpec put(String tenant, String key, Map<String, String> body) {
        return http.put()
                .uri("/admin/v1/tenants/{t}/crm", tenant)
                .header(HttpHeaders.AUTHORIZATION, bearer(key))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    private WebTestClient.ResponseSpec get(String tenant, String key) {
        return http.get()
                .uri("/admin/v1/tenants/{t}/crm", tenant)
                .header(HttpHeaders.AUTHORIZATION, bearer(key))
                .exchange();
    }

    private long rows(String tenant) {
        return db.sql("SELECT count(*) FROM crm_integrations WHERE tenant_id = ?::uuid")
                .param(tenant)
                .query(Long.class)
                .single();
    }
}
