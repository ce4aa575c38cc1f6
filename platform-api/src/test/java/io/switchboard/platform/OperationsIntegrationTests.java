package io.switchboard.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.platform.support.PlatformIntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What an operator's tooling sees: health probes, metrics and the API description. */
class OperationsIntegrationTests extends PlatformIntegrationTest {

    @Test
    void healthAndProbesAreUp() {
        http.get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP");
        http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        http.get()
                .uri("/actuator/health/readiness")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP");
    }

    @Test
    void prometheusMetricsAreExposed() {
        assertThat(prometheus()).contains("jvm_memory_used_bytes").contains("application=\"switchboard\"");
    }

    @Test
    void redisCommandsAreNotObservedOneByOne() {
        // the readiness probe pings Redis through the application's Lettuce client
        http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        // Lettuce's observation of every command is off: ~2 % of a turn's CPU for series that repeat what the dialog
        // store's and the quota's own meters say per operation (docs/decisions.md)
        assertThat(prometheus()).doesNotContain("lettuce_");
    }

    @Test
    void theQualityBaselineIsPublishedAtStartUp() {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(prometheus())
                        .contains("switchboard_quality_intent_accuracy{application=\"switchboard\",domain=\"medical\"}")
                        .contains("switchboard_quality_entity_f1{application=\"switchboard\",type=\"PAYMENT_CARD\"}"));
    }

    private String prometheus() {
        return http.get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    @Test
    void theApiIsDescribedAndBrowsable() {
        http.get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.paths['/admin/v1/tenants']")
                .exists()
                .jsonPath("$.paths['/admin/v1/tenants/{tenantId}/keys']")
                .exists();
        http.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    }
}
