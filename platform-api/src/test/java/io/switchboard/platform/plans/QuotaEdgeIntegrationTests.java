package io.switchboard.platform.plans;

import static io.switchboard.platform.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.platform.support.PlatformIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/** The quota as a tenant meets it at the HTTP edge: headers on every admitted turn, 429s that say when to retry. */
class QuotaEdgeIntegrationTests extends PlatformIntegrationTest {

    @Autowired
    JdbcClient db;

    @Test
    void aTenantOnASmallPlanIsThrottledWithRetryAfterAndCanSeeWhy() {
        String plan = "tiny_" + UUID.randomUUID().toString().substring(0, 8);
        http.put()
                .uri("/admin/v1/plans/{id}", plan)
                .header(HttpHeaders.AUTHORIZATION, bearer(OPERATOR_KEY))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "displayName",
                        "Tiny",
                        "basePerMinute",
                        1,
                        "minPerMinute",
                        1,
                        "maxPerMinute",
                        1,
                        "coefficientComplexity",
                        0.3,
                        "coefficientHistory",
                        0.15,
                        "coefficientLoad",
                        0.25,
                        "burstSeconds",
                        60,
                        "maxConcurrentStreams",
                        5,
                        "failMode",
                        "closed"))
                .exchange()
                .expectStatus()
                .isCreated();
        String tenant = api.createTenant("Small " + UUID.randomUUID(), "ecommerce");
        http.patch()
                .uri("/admin/v1/tenants/{id}", tenant)
                .header(HttpHeaders.AUTHORIZATION, bearer(OPERATOR_KEY))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("plan", plan))
                .exchange()
                .expectStatus()
                .isOk();
        String key = api.secretKey(tenant, "chat", "admin").key();
        String conversation = (String) http.post()
                .uri("/v1/conversations")
                .header(HttpHeaders.AUTHORIZATION, bearer(key))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of())
                .exchange()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("id");

        EntityExchangeResult<String> refused = null;
        int admitted = 0;
        for (int i = 0; i < 10 && refused == null; i++) {
            EntityExchangeResult<String> result = http.post()
                    .uri("/v1/conversations/{id}/messages", conversation)
                    .header(HttpHeaders.AUTHORIZATION, bearer(key))
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("content", "Tell me about your hiking boots, please, in detail " + i))
                    .exchange()
                    .expectBody(String.class)
                    .returnResult();
            if (result.getStatus().value() == 429) {
                refused = result;
            } else {
                assertThat(result.getStatus().value()).isEqualTo(200);
                assertThat(result.getResponseHeaders().getFirst("RateLimit-Limit"))
                        .isNotBlank();
                assertThat(result.getResponseHeaders().getFirst("RateLimit-Remaining"))
                        .isNotBlank();
                assertThat(result.getResponseHeaders().getFirst("RateLimit-Reset"))
                        .isNotBlank();
                admitted++;
            }
        }
        assertThat(admitted).isPositive();
        assertThat(refused)
                .as("a 1-unit-per-minute plan refuses within ten turns")
                .isNotNull();
        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(Long.parseLong(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)))
                .isPositive();
        assertThat(refused.getResponseBody()).contains("rate-limited").contains("\"limit\":\"rate\"");

        http.get()
                .uri("/admin/v1/tenants/{id}/quota", tenant)
                .header(HttpHeaders.AUTHORIZATION, bearer(key))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.plan.id")
                .isEqualTo(plan)
                .jsonPath("$.quota.quotaPerMinute")
                .isEqualTo(1.0)
                .jsonPath("$.quota.base")
                .isEqualTo(1.0)
                .jsonPath("$.rateLimit.remaining")
                .isNumber();
    }

    @Test
    void onlyTheOperatorManagesPlans() {
        String tenant = api.createTenant("Plans " + UUID.randomUUID(), "finance");
        String key = api.secretKey(tenant, "admin").key();
        http.get()
                .uri("/admin/v1/plans")
                .header(HttpHeaders.AUTHORIZATION, bearer(key))
                .exchange()
                .expectStatus()
                .isForbidden();
        List<?> plans = http.get()
                .uri("/admin/v1/plans")
                .header(HttpHeaders.AUTHORIZATION, bearer(OPERATOR_KEY))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(List.class)
                .returnResult()
                .getResponseBody();
        assertThat(plans).hasSizeGreaterThanOrEqualTo(4);
        http.put()
                .uri("/admin/v1/plans/bad", tenant)
                .header(HttpHeaders.AUTHORIZATION, bearer(OPERATOR_KEY))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "displayName",
                        "Bad",
                        "basePerMinute",
                        10,
                        "minPerMinute",
                        20,
                        "maxPerMinute",
                        5,
                        "coefficientComplexity",
                        0.3,
                        "coefficientHistory",
                        0.15,
                        "coefficientLoad",
                        0.25,
                        "burstSeconds",
                        10,
                        "maxConcurrentStreams",
                        1,
                        "failMode",
                        "open"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
