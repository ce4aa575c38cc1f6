package io.switchboard.platform.conversations;

import static io.switchboard.platform.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.platform.support.PlatformIntegrationTest;
import io.switchboard.platform.support.Sse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/** The chat widget as a web page uses it: CORS per tenant, a session token, anonymous rate limits. */
class WidgetIntegrationTests extends PlatformIntegrationTest {

    private static final String SHOP = "https://shop.example.com";

    @Test
    void aPageOnAnAllowedOriginOpensASessionAndChats() {
        String pk = publishableKey(SHOP);

        http.options()
                .uri("/widget/v1/sessions?key={key}", pk)
                .header(HttpHeaders.ORIGIN, SHOP)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type")
                .exchange()
                .expectStatus()
                .isNoContent()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, SHOP);

        Map<?, ?> session = http.post()
                .uri("/widget/v1/sessions?key={key}", pk)
                .header(HttpHeaders.ORIGIN, SHOP)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of())
                .exchange()
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, SHOP)
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        String conversation = (String) session.get("conversationId");
        String token = (String) session.get("token");
        assertThat(token).startsWith("wst_");

        http.options()
                .uri("/widget/v1/conversations/{id}/messages", conversation)
                .header(HttpHeaders.ORIGIN, SHOP)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus()
                .isNoContent()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, SHOP);
        var events = Sse.events(http.post()
                .uri("/widget/v1/conversations/{id}/messages", conversation)
                .header(HttpHeaders.ORIGIN, SHOP)
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.TEXT_EVENT_STREAM)
                .bodyValue(Map.of("content", "Do you have waterproof hiking boots?"))
                .exchange());
        assertThat(Sse.names(events)).last().isEqualTo("done");
    }

    @Test
    void anotherOriginIsRefused() {
        String pk = publishableKey(SHOP);
        http.options()
                .uri("/widget/v1/sessions?key={key}", pk)
                .header(HttpHeaders.ORIGIN, "https://evil.example.net")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
        http.post()
                .uri("/widget/v1/sessions?key={key}", pk)
                .header(HttpHeaders.ORIGIN, "https://evil.example.net")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void aTokenOpensOnlyItsOwnConversationAndASecretKeyCannotOpenSessions() {
        String pk = publishableKey(SHOP);
        String token = (String) http.post()
                .uri("/widget/v1/sessions?key={key}", pk)
                .header(HttpHeaders.ORIGIN, SHOP)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("token");
        String other = (String) http.post()
                .uri("/widget/v1/sessions?key={key}", pk)
                .header(HttpHeaders.ORIGIN, SHOP)
                .exchange()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("conversationId");

        http.get()
                .uri("/widget/v1/conversations/{id}/messages", other)
                .header(HttpHeaders.ORIGIN, SHOP)
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange()
                .expectStatus()
                .isNotFound();
        http.get()
                .uri("/widget/v1/conversations/{id}/messages", other)
                .header(HttpHeaders.ORIGIN, SHOP)
                .header(HttpHeaders.AUTHORIZATION, bearer(token + "x"))
                .exchange()
                .expectStatus()
                .isUnauthorized();
        http.post()
                .uri("/widget/v1/sessions?key={key}", "sk_live_" + "a".repeat(43))
                .header(HttpHeaders.ORIGIN, SHOP)
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void anonymousTrafficIsRateLimitedPerSession() {
        String pk = publishableKey(SHOP);
        Map<?, ?> session = http.post()
                .uri("/widget/v1/sessions?key={key}", pk)
                .header(HttpHeaders.ORIGIN, SHOP)
                .exchange()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        String id = (String) session.get("conversationId");
        String token = (String) session.get("token");
        long began = System.nanoTime();
        int admitted = 0;
        EntityExchangeResult<String> refused = null;
        for (int i = 0; i < 25 && refused == null; i++) {
            var result = http.method(HttpMethod.POST)
                    .uri("/widget/v1/conversations/{id}/messages", id)
                    .header(HttpHeaders.ORIGIN, SHOP)
                    .header(HttpHeaders.AUTHORIZATION, bearer(token))
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("content", "hello " + i))
                    .exchange()
                    .expectBody(String.class)
                    .returnResult();
            if (result.getStatus().value() == 429) {
                refused = result;
            } else {
                assertThat(result.getStatus().value()).isEqualTo(200);
                admitted++;
            }
        }
        long tookSeconds = Duration.ofNanos(System.nanoTime() - began).toSeconds();
        // exactly the limit in any sixty seconds, wherever the burst falls in the clock's minute
        assertThat(admitted).isEqualTo(20);
        assertThat(refused).isNotNull();
        assertThat(refused.getResponseBody()).contains("widget-session");
        // the first place frees a minute after the first message, not at the clock's next minute
        long retryAfter = Long.parseLong(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER));
        assertThat(retryAfter).isBetween(60 - tookSeconds - 1, 60L);
    }

    private String publishableKey(String origin) {
        return api.publishableKey(api.createTenant("Widget " + UUID.randomUUID(), "ecommerce"), origin);
    }
}
