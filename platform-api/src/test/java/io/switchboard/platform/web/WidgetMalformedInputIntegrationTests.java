package io.switchboard.platform.web;

import static io.switchboard.platform.support.Api.bearer;
import static io.switchboard.platform.web.MalformedInputIntegrationTests.BROKEN_JSON;
import static io.switchboard.platform.web.MalformedInputIntegrationTests.WRONG_VALUES;
import static io.switchboard.platform.web.MalformedInputIntegrationTests.describe;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.platform.support.PlatformIntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * The anonymous side of the API, the one any web page can reach: the widget's session and message endpoints given
 * each kind of wrong value, broken JSON, bad keys, tokens and list parameters. Never a 5xx; every refusal is problem
 * details. The platform here reads the client's address from {@code X-Forwarded-For} (as behind a proxy, see
 * README), and each request comes from an address of its own, so the per-address limit, which other test classes
 * count on for 127.0.0.1, is neither reached nor used up.
 */
@TestPropertySource(properties = "server.forward-headers-strategy=native")
class WidgetMalformedInputIntegrationTests extends PlatformIntegrationTest {

    private static final String SHOP = "https://shop.example.com";

    private final AtomicInteger addresses = new AtomicInteger();
    private final List<String> wrong = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private int requests;

    @Test
    void noWrongValueOrBrokenBodyOfTheWidgetGetsA5xx() {
        String tenant = api.createTenant("Widget malformed " + UUID.randomUUID(), "ecommerce");
        String pk = api.publishableKey(tenant, SHOP);
        String sessions = "/widget/v1/sessions?key=" + pk;

        wrongBodies(sessions, null, "customerRef");
        for (String key : List.of("", "x", "pk_live_" + "a".repeat(43), "sk_live_" + "a".repeat(43), "%00")) {
            check(HttpMethod.POST, "/widget/v1/sessions?key=" + key, null, Map.of(), "key " + describe(key));
        }
        check(HttpMethod.POST, "/widget/v1/sessions", null, Map.of(), "no key");

        Map<?, ?> session = http.post()
                .uri(sessions)
                .header(HttpHeaders.ORIGIN, SHOP)
                .header("X-Forwarded-For", nextAddress())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of())
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        String messages = "/widget/v1/conversations/" + session.get("conversationId") + "/messages";
        String token = (String) session.get("token");

        wrongBodies(messages, token, "content");
        for (String bad :
                List.of("", "wst_", "wst_" + "a".repeat(500), token.substring(0, token.length() - 2) + "xx")) {
            check(HttpMethod.POST, messages, bad, Map.of("content", "hi"), "token " + describe(bad));
        }
        check(HttpMethod.POST, "/widget/v1/conversations/not-a-uuid/messages", token, Map.of("content", "hi"), "id");
        for (String after : List.of("-1", "x", "99999999999")) {
            check(HttpMethod.GET, messages + "?after=" + after, token, null, "after=" + after);
        }

        assertThat(requests).isGreaterThan(50);
        // the requests reached validation (not all turned away at the door by the origin or a limit): every broken
        // message body at least is a 400 (a run: 30 × 400, 11 × 201, 9 × 401, 6 × 200)
        assertThat(statuses.getOrDefault(400, 0))
                .as("answers by status: %s", statuses)
                .isGreaterThanOrEqualTo(BROKEN_JSON.size());
        assertThat(wrong)
                .as("answers that were a 5xx or a refusal without problem details")
                .isEmpty();
    }

    /** The body's one field given each wrong value, then each broken body, all POSTed to {@code path}. */
    private void wrongBodies(String path, @Nullable String token, String field) {
        for (Object value : WRONG_VALUES) {
            Map<String, Object> body = new HashMap<>();
            body.put(field, value);
            check(HttpMethod.POST, path, token, body, field + "=" + describe(value));
        }
        for (String raw : BROKEN_JSON) {
            check(HttpMethod.POST, path, token, raw, "body " + describe(raw));
        }
    }

    private void check(HttpMethod method, String path, @Nullable String token, @Nullable Object body, String what) {
        var request =
                http.method(method).uri(path).header(HttpHeaders.ORIGIN, SHOP).header("X-Forwarded-For", nextAddress());
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, bearer(token));
        }
        var sent = body == null
                ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(body)
                        .exchange();
        EntityExchangeResult<String> result = sent.expectBody(String.class).returnResult();
        requests++;
        int status = result.getStatus().value();
        statuses.merge(status, 1, Integer::sum);
        MediaType type = result.getResponseHeaders().getContentType();
        boolean problem = type != null && type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        if (status >= 500 || (status >= 400 && !problem)) {
            wrong.add(method + " " + path + " " + what + " -> " + status + " " + type);
        }
    }

    /** A documentation address (RFC 5737) per request. */
    private String nextAddress() {
        int n = addresses.incrementAndGet();
        return "198.51.100." + (n % 250 + 1);
    }
}
