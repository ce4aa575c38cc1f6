package io.switchboard.platform.support;

import static io.switchboard.platform.support.Api.bearer;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** One tenant's chat integration, as a CRM would call the API with its secret key. */
public record Chat(WebTestClient http, String key) {

    /** Opens a conversation and returns its id. */
    public String open() {
        return (String) post("/v1/conversations", Map.of("customerRef", "c-1"))
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("id");
    }

    /** Sends a message, asking for the reply as server-sent events. */
    public WebTestClient.ResponseSpec send(String id, String content) {
        return send(id, content, null);
    }

    public WebTestClient.ResponseSpec send(String id, String content, @Nullable String idempotencyKey) {
        var request = http.post()
                .uri("/v1/conversations/{id}/messages", id)
                .header(HttpHeaders.AUTHORIZATION, bearer(key))
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.TEXT_EVENT_STREAM);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.bodyValue(Map.of("content", content)).exchange();
    }

    /** The conversation's transcript as the API lists it (its first page). */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> messages(String id) {
        Map<String, Object> page = http.get()
                .uri("/v1/conversations/{id}/messages", id)
                .header(HttpHeaders.AUTHORIZATION, bearer(key))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        return (List<Map<String, Object>>) page.get("items");
    }

    /** A POST with the key; a null body sends none. */
    public WebTestClient.ResponseSpec post(String path, @Nullable Object body) {
        var request = http.post().uri(path).header(HttpHeaders.AUTHORIZATION, bearer(key));
        return body == null
                ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(body)
                        .exchange();
    }
}
