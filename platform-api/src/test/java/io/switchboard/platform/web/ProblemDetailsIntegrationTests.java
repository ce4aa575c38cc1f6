package io.switchboard.platform.web;

import static io.switchboard.platform.support.Api.bearer;
import static io.switchboard.platform.support.PlatformIntegrationTest.OPERATOR_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.platform.support.Chat;
import io.switchboard.platform.support.PlatformIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every error is RFC 9457 problem details with a stable type, and nothing of the server's insides. */
class ProblemDetailsIntegrationTests extends PlatformIntegrationTest {

    @Test
    void malformedJsonIs400() {
        String body = problem(
                http.post()
                        .uri("/admin/v1/tenants")
                        .header(HttpHeaders.AUTHORIZATION, bearer(OPERATOR_KEY))
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{\"name\": \"Acme\", \"plan\": ")
                        .exchange(),
                400,
                "malformed-request");
        assertThat(body).contains("not valid JSON");
    }

    @Test
    void aNulCharacterInTextIs400AndNothingOfTheTurnIsKept() {
        String tenant = api.createTenant("Nul " + java.util.UUID.randomUUID(), "ecommerce");
        Chat chat = new Chat(http, api.secretKey(tenant, "chat").key());
        // JSON's escape for NUL: valid JSON, but no client can show it and PostgreSQL cannot store it
        String conversationBody =
                problem(chat.post("/v1/conversations", "{\"customerRef\":\"c\\u00001\"}"), 400, "invalid-request");
        assertThat(conversationBody).contains("NUL");

        String conversation = chat.open();
        String turnBody = problem(
                chat.post(
                        "/v1/conversations/" + conversation + "/messages",
                        "{\"content\":\"Where is my order?\\u0000\"}"),
                400,
                "invalid-request");
        assertThat(turnBody).contains("content").contains("NUL");
        assertThat(chat.messages(conversation)).isEmpty();
    }

    @Test
    void outOfRangeParametersAre400WithTheParameterNamed() {
        String tenant = api.createTenant("Ranges " + java.util.UUID.randomUUID(), "ecommerce");
        Chat chat = new Chat(http, api.secretKey(tenant, "chat").key());
        String conversation = chat.open();
        String webhook = "/admin/v1/tenants/" + tenant + "/webhooks/" + java.util.UUID.randomUUID();
        for (String[] call : new String[][] {
            {"/v1/conversations/" + conversation + "/messages?turns=0", "turns"},
            {"/v1/conversations/" + conversation + "/messages?turns=201", "turns"},
            {"/v1/conversations/" + conversation + "/messages?after=-1", "after"},
            {"/admin/v1/tenants?limit=0", "limit"},
            {"/admin/v1/tenants?offset=-5", "offset"},
            {webhook + "/deliveries?status=lost", "status"},
            {webhook + "/deliveries?limit=500", "limit"}
        }) {
            String key = call[0].startsWith("/v1/") ? chat.key() : OPERATOR_KEY;
            String body = problem(
                    http.get()
                            .uri(call[0])
                            .header(HttpHeaders.AUTHORIZATION, bearer(key))
                            .exchange(),
                    400,
                    "invalid-request");
            assertThat(body).as(call[0]).contains("\"field\":\"" + call[1] + "\"");
        }
        String blank = problem(
                chat.post("/v1/conversations/" + conversation + "/messages", "{\"content\":\"  \"}"),
                400,
                "invalid-request");
        assertThat(blank).contains("content");
        assertThat(chat.messages(conversation)).isEmpty();
    }

    @Test
    void missingFieldsAre400WithTheFieldsNamed() {
        http.post()
                .uri("/admin/v1/tenants")
                .header(HttpHeaders.AUTHORIZATION, bearer(OPERATOR_KEY))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\": \"\"}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://switchboard.dev/problems/invalid-request")
                .jsonPath("$.errors[?(@.field == 'name')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'plan')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'domain')]")
                .exists();
    }

    @Test
    void aDeclaredOversizedBodyIs413() {
        problem(
                http.post()
                        .uri("/admin/v1/tenants")
                        .header(HttpHeaders.AUTHORIZATION, bearer(OPERATOR_KEY))
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{\"name\": \"" + "a".repeat(300_000) + "\"}")
                        .exchange(),
                413,
                "payload-too-large");
    }

    @Test
    void aChunkedOversizedBodyIs413() throws Exception {
        String port = env.getRequiredProperty("local.server.port");
        Supplier<Stream<byte[]>> chunks =
                () -> Stream.generate(() -> "a".repeat(8192).getBytes()).limit(40);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin/v1/tenants"))
                .header("Authorization", bearer(OPERATOR_KEY))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofString("{\"name\": \""),
                        HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArrays(
                                () -> chunks.get().iterator())),
                        HttpRequest.BodyPublishers.ofString("\"}")))
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).contains("https://switchboard.dev/problems/payload-too-large");
        }
    }

    @Test
    void anUnsupportedMediaTypeIs415() {
        problem(
                http.post()
                        .uri("/admin/v1/tenants")
                        .header(HttpHeaders.AUTHORIZATION, bearer(OPERATOR_KEY))
                        .contentType(MediaType.TEXT_PLAIN)
                        .bodyValue("name=Acme")
                        .exchange(),
                415,
                "unsupported-media-type");
    }

    @Test
    void aWrongMethodIs405WithAllow() {
        http.put()
                .uri("/admin/v1/tenants")
                .header(HttpHeaders.AUTHORIZATION, bearer(OPERATOR_KEY))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isEqualTo(405)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .exists(HttpHeaders.ALLOW);
    }

    @Test
    void unknownRoutesAndIdsAre404() {
        problem(
                http.get()
                        .uri("/admin/v1/nothing-here")
                        .header(HttpHeaders.AUTHORIZATION, bearer(OPERATOR_KEY))
                        .exchange(),
                404,
                "not-found");
        problem(
                http.get()
                        .uri("/admin/v1/tenants/{id}", java.util.UUID.randomUUID())
                        .header(HttpHeaders.AUTHORIZATION, bearer(OPERATOR_KEY))
                        .exchange(),
                404,
                "not-found");
        problem(http.get().uri("/no-such-page").exchange(), 404, "not-found");
    }

    @Test
    void aMalformedIdIs400() {
        problem(
                http.get()
                        .uri("/admin/v1/tenants/not-a-uuid")
                        .header(HttpHeaders.AUTHORIZATION, bearer(OPERATOR_KEY))
                        .exchange(),
                400,
                "malformed-request");
    }

    private static String problem(WebTestClient.ResponseSpec response, int status, String type) {
        String body = response.expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(body)
                .contains("\"type\":\"https://switchboard.dev/problems/" + type + "\"")
                .contains("\"status\":" + status)
                .contains("\"title\"")
                .doesNotContain("Exception")
                .doesNotContain("io.switchboard")
                .doesNotContain("\tat ")
                .doesNotContain("trace");
        return body;
    }
}
