package io.switchboard.platform.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;

/** A real HTTP client for the running platform, with the few calls most tests need. */
public final class Api {

    private final WebTestClient client;
    private final String operatorKey;

    public Api(Environment env) {
        this(env, PlatformIntegrationTest.OPERATOR_KEY);
    }

    public Api(Environment env, String operatorKey) {
        this.operatorKey = operatorKey;
        // a connection per call: a test that checks only a status leaves the body unread, and a pooled connection
        // whose body came after its headers then stays taken for good; sixteen of those and the next call of the
        // test JVM waited for a free connection until it timed out (seen in CI as rare 20 s hangs of admin tests)
        this.client = WebTestClient.bindToServer(new ReactorClientHttpConnector(HttpClient.newConnection()))
                .baseUrl("http://127.0.0.1:" + env.getRequiredProperty("local.server.port"))
                .responseTimeout(Duration.ofSeconds(20))
                .build();
    }

    public WebTestClient client() {
        return client;
    }

    /** Creates a tenant as the operator and returns its id. */
    public String createTenant(String name, String domain) {
        return createTenant(name, domain, "starter");
    }

    /** Creates a tenant on the given plan as the operator and returns its id. */
    public String createTenant(String name, String domain, String plan) {
        Map<?, ?> body = client.post()
                .uri("/admin/v1/tenants")
                .header(HttpHeaders.AUTHORIZATION, bearer(operatorKey))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", name, "plan", plan, "domain", domain))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        return (String) body.get("id");
    }

    /** Issues a secret key with the given scopes as the operator and returns the full key and its id. */
    public IssuedKey secretKey(String tenantId, String... scopes) {
        Map<?, ?> body = issueKey(tenantId, Map.of("kind", "secret", "scopes", List.of(scopes)));
        return new IssuedKey((String) body.get("id"), (String) body.get("key"));
    }

    /** Issues a publishable (widget) key for the given page origins as the operator and returns the full key. */
    public String publishableKey(String tenantId, String... allowedOrigins) {
        return (String) issueKey(tenantId, Map.of("kind", "publishable", "allowedOrigins", List.of(allowedOrigins)))
                .get("key");
    }

    private Map<?, ?> issueKey(String tenantId, Map<String, Object> request) {
        return client.post()
                .uri("/admin/v1/tenants/{id}/keys", tenantId)
                .header(HttpHeaders.AUTHORIZATION, bearer(operatorKey))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(request)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
    }

    /** Connects the tenant to a CRM as the operator (what a tenant's admin does with its own key). */
    public void connectCrm(String tenantId, String baseUrl, String secret) {
        client.put()
                .uri("/admin/v1/tenants/{id}/crm", tenantId)
                .header(HttpHeaders.AUTHORIZATION, bearer(operatorKey))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("baseUrl", baseUrl, "secret", secret))
                .exchange()
                .expectStatus()
                .isOk();
    }

    public static String bearer(String key) {
        return "Bearer " + key;
    }

    /** A key as the test holds it. */
    public record IssuedKey(String id, String key) {}
}
