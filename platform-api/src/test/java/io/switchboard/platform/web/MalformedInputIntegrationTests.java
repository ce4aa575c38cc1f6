package io.switchboard.platform.web;

import static io.switchboard.platform.support.Api.bearer;
import static io.switchboard.platform.support.PlatformIntegrationTest.OPERATOR_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.platform.support.Chat;
import io.switchboard.platform.support.PlatformIntegrationTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * Every body field of the chat and admin API, given each kind of wrong value in an otherwise valid body, and each
 * endpoint given broken JSON: the answer is never a 5xx, and every refusal is problem details. (Found this way: query
 * parameters out of range were a 500.)
 */
class MalformedInputIntegrationTests extends PlatformIntegrationTest {

    /** Wrong types, empty and blank text, extremes, an oversized string, a NUL and text beyond the BMP. */
    static final List<Object> WRONG_VALUES = Arrays.asList(
            null,
            0,
            -1,
            1e308,
            12345678901234567890.0,
            "",
            " ",
            "x".repeat(100_000),
            List.of(),
            Map.of(),
            true,
            "\u0000",
            "\uD83D\uDE00".repeat(10));

    static final List<String> BROKEN_JSON =
            List.of("", "null", "[]", "\"text\"", "{", "{\"a\":", "{}{}", "[".repeat(5_000));

    record Endpoint(HttpMethod method, String path, String key, Map<String, Object> validBody) {}

    @Test
    void noWrongValueOrBrokenBodyGetsA5xx() {
        String tenant = api.createTenant("Malformed " + UUID.randomUUID(), "ecommerce");
        String patched = api.createTenant("Malformed patched " + UUID.randomUUID(), "finance");
        String chatKey = api.secretKey(tenant, "chat").key();
        String conversation = new Chat(http, chatKey).open();
        String admin = "/admin/v1/tenants/" + tenant;
        List<Endpoint> endpoints = List.of(
                new Endpoint(
                        HttpMethod.POST,
                        "/v1/conversations",
                        chatKey,
                        Map.of("customerRef", "c-1", "channel", "api", "metadata", Map.of("k", "v"))),
                new Endpoint(
                        HttpMethod.POST,
                        "/v1/conversations/" + conversation + "/messages",
                        chatKey,
                        Map.of("content", "Where is my order?")),
                new Endpoint(
                        HttpMethod.POST,
                        "/v1/conversations/" + conversation + "/agent-messages",
                        chatKey,
                        Map.of("content", "Hi, Sam here.", "agentRef", "sam")),
                new Endpoint(
                        HttpMethod.POST,
                        "/admin/v1/tenants",
                        OPERATOR_KEY,
                        Map.of("name", "n-" + UUID.randomUUID(), "plan", "starter", "domain", "medical")),
                new Endpoint(
                        HttpMethod.PATCH,
                        "/admin/v1/tenants/" + patched,
                        OPERATOR_KEY,
                        Map.of("name", "renamed", "persona", "calm", "status", "active")),
                new Endpoint(
                        HttpMethod.POST,
                        admin + "/keys",
                        OPERATOR_KEY,
                        Map.of("kind", "publishable", "allowedOrigins", List.of("https://shop.example"))),
                new Endpoint(
                        HttpMethod.POST,
                        admin + "/webhooks",
                        OPERATOR_KEY,
                        Map.of("url", "https://hooks.example/in", "eventTypes", List.of("message.created"))),
                new Endpoint(
                        HttpMethod.PUT,
                        admin + "/crm",
                        OPERATOR_KEY,
                        Map.of("baseUrl", "https://crm.example", "secret", "0123456789abcdef0123")),
                new Endpoint(
                        HttpMethod.PUT,
                        admin + "/domain",
                        OPERATOR_KEY,
                        Map.of(
                                "intentThreshold",
                                0.5,
                                "examples",
                                List.of(Map.of("intent", "order_status", "text", "where is my parcel")),
                                "settings",
                                Map.of("catalog", "boots"))),
                new Endpoint(HttpMethod.PUT, "/admin/v1/plans/malformed-input-test", OPERATOR_KEY, plan()));

        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (Endpoint endpoint : endpoints) {
            for (String field : endpoint.validBody().keySet()) {
                for (Object value : WRONG_VALUES) {
                    Map<String, Object> body = new HashMap<>(endpoint.validBody());
                    body.put(field, value);
                    check(endpoint, body, field + "=" + describe(value), wrong);
                    requests++;
                }
            }
            for (String raw : BROKEN_JSON) {
                check(endpoint, raw, "body " + describe(raw), wrong);
                requests++;
            }
        }
        assertThat(requests).isGreaterThan(400);
        assertThat(wrong)
                .as("answers that were a 5xx or a refusal without problem details")
                .isEmpty();
    }

    private void check(Endpoint endpoint, Object body, String what, List<String> wrong) {
        EntityExchangeResult<String> result = http.method(endpoint.method())
                .uri(endpoint.path())
                .header(HttpHeaders.AUTHORIZATION, bearer(endpoint.key()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectBody(String.class)
                .returnResult();
        int status = result.getStatus().value();
        MediaType type = result.getResponseHeaders().getContentType();
        boolean problem = type != null && type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        if (status >= 500 || (status >= 400 && !problem)) {
            wrong.add(endpoint.method() + " " + endpoint.path() + " " + what + " -> " + status + " " + type);
        }
    }

    static String describe(Object value) {
        String text = String.valueOf(value);
        return text.length() > 20 ? text.substring(0, 20) + "…(" + text.length() + ")" : text;
    }

    private static Map<String, Object> plan() {
        Map<String, Object> plan = new HashMap<>();
        plan.put("displayName", "Malformed input test");
        plan.put("basePerMinute", 60);
        plan.put("minPerMinute", 30);
        plan.put("maxPerMinute", 90);
        plan.put("coefficientComplexity", 0.3);
        plan.put("coefficientHistory", 0.15);
        plan.put("coefficientLoad", 0.25);
        plan.put("burstSeconds", 10);
        plan.put("maxConcurrentStreams", 4);
        plan.put("failMode", "open");
        return plan;
    }
}
