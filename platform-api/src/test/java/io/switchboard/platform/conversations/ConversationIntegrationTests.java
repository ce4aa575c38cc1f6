package io.switchboard.platform.conversations;

import static io.switchboard.platform.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.platform.support.Chat;
import io.switchboard.platform.support.FakeCrm;
import io.switchboard.platform.support.PlatformIntegrationTest;
import io.switchboard.platform.support.Sse;
import io.switchboard.testing.fakeworker.Behaviour;
import io.switchboard.testing.fakeworker.Failure;
import io.switchboard.testing.fakeworker.FakeWorker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Conversations end to end: real HTTP, real PostgreSQL and Redis, the fake model worker on loopback. */
class ConversationIntegrationTests extends PlatformIntegrationTest {

    @Autowired
    JdbcClient db;

    @AfterEach
    void healthyWorker() {
        worker().behave(Behaviour.defaults());
    }

    @Test
    void aMultiTurnConversationStreamsOverSseAndIsStoredRedacted() {
        Chat chat = chat("ecommerce");
        String id = chat.open();

        var first = Sse.events(
                chat.send(id, "Hi, what materials are your hiking boots made of? Mail me at ann@example.com"));
        assertThat(Sse.names(first)).endsWith("done").contains("delta").doesNotContain("error");
        assertThat(Sse.text(first)).isEqualTo(FakeWorker.expectedText(10));

        var second = Sse.events(chat.send(id, "And do they come in size 44?"));
        assertThat(Sse.first(second, "done")).containsEntry("turn", 2);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(transcript(id)).hasSize(4));
        List<String> contents = transcript(id);
        assertThat(contents.get(0)).contains("[EMAIL_1]").doesNotContain("ann@example.com");
        assertThat(contents.get(1)).isEqualTo(FakeWorker.expectedText(10));

        chat.http()
                .get()
                .uri("/v1/conversations/{id}/messages", id)
                .header(HttpHeaders.AUTHORIZATION, bearer(chat.key()))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(4)
                .jsonPath("$.items[0].role")
                .isEqualTo("user")
                .jsonPath("$.items[1].role")
                .isEqualTo("assistant");
    }

    @Test
    void aRedFlagEscalatesWithTheFixedMessageAndNoModelText() {
        Chat chat = chat("medical");
        String id = chat.open();
        long requestsBefore = worker().stats().requests();

        var events = Sse.events(chat.send(id, "My father has crushing chest pain and is sweating"));

        assertThat(Sse.names(events)).containsExactly("escalation", "done");
        assertThat((String) Sse.first(events, "escalation").get("message")).contains("emergency");
        assertThat(worker().stats().requests()).isEqualTo(requestsBefore);
    }

    @Test
    void aFinanceCustomerIsVerifiedBeforeAnyAccountAnswerAndNeverGetsAdvice() {
        String tenant = api.createTenant("Bank " + UUID.randomUUID(), "finance");
        api.connectCrm(tenant, crm().baseUrl(), FakeCrm.SECRET);
        Chat chat = new Chat(http, api.secretKey(tenant, "chat").key());
        String id = chat.open();
        long requestsBefore = worker().stats().requests();

        var balance = Sse.events(chat.send(id, "What is my account balance?"));
        assertThat(Sse.first(balance, "done")).containsEntry("action", "ask");
        assertThat(Sse.text(balance)).containsIgnoringCase("verify");
        assertThat(worker().stats().requests()).isEqualTo(requestsBefore);

        var verified = Sse.events(chat.send(id, "My date of birth is 1985-04-12 and my card ends in 4242"));
        assertThat(Sse.first(verified, "done")).containsEntry("action", "answer");
        assertThat(worker().stats().requests()).isEqualTo(requestsBefore + 1);

        var advice = Sse.events(chat.send(id, "Should I buy bitcoin or Tesla stock with my savings?"));
        assertThat(Sse.first(advice, "done")).containsEntry("action", "refuse");

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(transcript(id)).hasSize(6));
        assertThat(String.join("\n", transcript(id)))
                .doesNotContain("1985-04-12")
                .contains("[DATE_OF_BIRTH_1]");
    }

    @Test
    void aClientThatGoesAwayCancelsTheTurnOnTheWorker() {
        Chat chat = chat("ecommerce");
        String id = chat.open();
        worker().behave(b -> b.withTokens(40).withInterTokenDelay(Duration.ofMillis(100)));
        long cancelledBefore = worker().stats().cancelled();

        var firstEvents = chat.send(id, "What materials are your hiking boots made of?")
                .returnResult(String.class)
                .getResponseBody()
                .take(2)
                .collectList()
                .block(Duration.ofSeconds(10));
        assertThat(firstEvents).isNotEmpty();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(worker().stats().cancelled()).isGreaterThan(cancelledBefore);
            assertThat(worker().stats().running()).isZero();
        });
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(db.sql(
                                        "SELECT completed FROM messages WHERE conversation_id = ?::uuid AND role = 'assistant'")
                                .param(id)
                                .query(Boolean.class)
                                .list())
                        .containsExactly(false));
        // the cancelled turn is over: the customer's next message is answered
        worker().behave(Behaviour.defaults());
        assertThat(Sse.names(Sse.events(chat.send(id, "Sorry, I was cut off. What are they made of?"))))
                .last()
                .isEqualTo("done");
    }

    @Test
    void usageIsRecordedPerTenantAndMinute() {
        String tenant = api.createTenant("Usage " + UUID.randomUUID(), "ecommerce");
        Chat chat = new Chat(http, api.secretKey(tenant, "chat").key());
        String id = chat.open();
        Sse.events(chat.send(id, "What materials are your hiking boots made of?"));
        Sse.events(chat.send(id, "And the laces?"));

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(
                                db.sql("SELECT coalesce(sum(requests), 0) FROM usage_minutes WHERE tenant_id = ?::uuid")
                                        .param(tenant)
                                        .query(Long.class)
                                        .single())
                        .isEqualTo(2));
    }

    @Test
    void aJsonClientGetsOneReply() {
        Chat chat = chat("ecommerce");
        String id = chat.open();
        chat.http()
                .post()
                .uri("/v1/conversations/{id}/messages", id)
                .header(HttpHeaders.AUTHORIZATION, bearer(chat.key()))
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("content", "Tell me about your return policy for sneakers"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .exists("RateLimit-Remaining")
                .expectBody()
                .jsonPath("$.messageId")
                .isNotEmpty()
                .jsonPath("$.reply")
                .isNotEmpty();
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReplaysTheAnswer() {
        Chat chat = chat("ecommerce");
        String id = chat.open();
        long requestsBefore = worker().stats().requests();
        String key = UUID.randomUUID().toString();

        var first = Sse.events(chat.send(id, "Do you sell rain jackets?", key));
        var again = Sse.events(chat.send(id, "Do you sell rain jackets?", key));

        assertThat(Sse.first(again, "done").get("messageId"))
                .isEqualTo(Sse.first(first, "done").get("messageId"));
        assertThat(Sse.text(again)).isEqualTo(Sse.text(first));
        assertThat(worker().stats().requests()).isEqualTo(requestsBefore + 1);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(transcript(id)).hasSize(2));
    }

    @Test
    void aWorkerFailingMidStreamEndsWithAnErrorEventAndTheTurnIsKeptIncomplete() {
        Chat chat = chat("ecommerce");
        String id = chat.open();
        worker().behave(b -> b.withFailure(Failure.DROP, 3));

        var events = Sse.events(chat.send(id, "Which colours does the trail runner come in?"));

        assertThat(Sse.names(events)).last().isEqualTo("error");
        assertThat(Sse.text(events)).isEqualTo(FakeWorker.expectedText(3));
        assertThat(Sse.first(events, "error"))
                .extracting(e -> ((Map<?, ?>) e.get("problem")).get("status"))
                .isEqualTo(503);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(db.sql(
                                        "SELECT completed FROM messages WHERE conversation_id = ?::uuid AND role = 'assistant'")
                                .param(id)
                                .query(Boolean.class)
                                .list())
                        .containsExactly(false));
    }

    @Test
    void aSecondMessageWhileOneIsAnsweredIsRefusedWith409() {
        Chat chat = chat("ecommerce");
        String id = chat.open();
        worker().behave(b -> b.withFirstTokenDelay(Duration.ofMillis(1200)));
        long requestsBefore = worker().stats().requests();

        var slow = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> Sse.events(chat.send(id, "What materials are your hiking boots made of?")));
        await().atMost(Duration.ofSeconds(10)).until(() -> worker().stats().requests() > requestsBefore);

        chat.send(id, "hello?")
                .expectStatus()
                .isEqualTo(409)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(Sse.names(slow.join())).last().isEqualTo("done");
        // the first turn's save ended it: the next message is answered at once, not refused until a lease runs out
        assertThat(Sse.names(Sse.events(chat.send(id, "And are they waterproof?"))))
                .last()
                .isEqualTo("done");
    }

    @Test
    void handOffSilencesTheBotUntilAnAgentClosesTheConversation() {
        Chat chat = chat("ecommerce");
        String id = chat.open();
        long requestsBefore = worker().stats().requests();

        chat.post("/v1/conversations/" + id + "/handoff", null)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("handoff_requested");
        var waiting = Sse.events(chat.send(id, "hello? is anyone there"));
        assertThat(Sse.names(waiting)).containsExactly("handoff", "done");
        chat.post("/v1/conversations/" + id + "/agent-messages", Map.of("content", "Hi, Sam here.", "agentRef", "sam"))
                .expectStatus()
                .isCreated();
        chat.http()
                .get()
                .uri("/v1/conversations/{id}", id)
                .header(HttpHeaders.AUTHORIZATION, bearer(chat.key()))
                .exchange()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("agent");
        chat.post("/v1/conversations/" + id + "/close", null)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("closed");
        chat.send(id, "one more thing").expectStatus().isEqualTo(409);
        assertThat(worker().stats().requests()).isEqualTo(requestsBefore);
    }

    @Test
    void anotherTenantsKeySeesNoneOfIt() {
        Chat a = chat("ecommerce");
        Chat b = chat("finance");
        String id = a.open();
        Sse.events(a.send(id, "Do you ship to Norway?"));
        long auditBefore =
                db.sql("SELECT count(*) FROM audit_log").query(Long.class).single();

        WebTestClient http = b.http();
        for (String path : List.of("/v1/conversations/" + id, "/v1/conversations/" + id + "/messages")) {
            http.get()
                    .uri(path)
                    .header(HttpHeaders.AUTHORIZATION, bearer(b.key()))
                    .exchange()
                    .expectStatus()
                    .isNotFound();
        }
        b.send(id, "let me in").expectStatus().isNotFound();
        for (String action : List.of("handoff", "close")) {
            b.post("/v1/conversations/" + id + "/" + action, null)
                    .expectStatus()
                    .isNotFound();
        }
        b.post("/v1/conversations/" + id + "/agent-messages", Map.of("content", "hi"))
                .expectStatus()
                .isNotFound();
        http.delete()
                .uri("/v1/conversations/{id}", id)
                .header(HttpHeaders.AUTHORIZATION, bearer(b.key()))
                .exchange()
                .expectStatus()
                .isNotFound();

        http.get()
                .uri("/v1/conversations/{id}", id)
                .header(HttpHeaders.AUTHORIZATION, bearer(a.key()))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("bot");
        assertThat(db.sql("SELECT count(*) FROM audit_log").query(Long.class).single())
                .isEqualTo(auditBefore);
    }

    @Test
    void erasureRemovesTheConversationEverywhere() {
        Chat chat = chat("ecommerce");
        String id = chat.open();
        Sse.events(chat.send(id, "Do you have gift cards?"));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(transcript(id)).hasSize(2));

        chat.http()
                .delete()
                .uri("/v1/conversations/{id}", id)
                .header(HttpHeaders.AUTHORIZATION, bearer(chat.key()))
                .exchange()
                .expectStatus()
                .isNoContent();

        chat.http()
                .get()
                .uri("/v1/conversations/{id}", id)
                .header(HttpHeaders.AUTHORIZATION, bearer(chat.key()))
                .exchange()
                .expectStatus()
                .isNotFound();
        assertThat(db.sql("SELECT count(*) FROM messages WHERE conversation_id = ?::uuid")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private List<String> transcript(String conversationId) {
        return db.sql("SELECT content FROM messages WHERE conversation_id = ?::uuid ORDER BY turn_seq, role DESC")
                .param(conversationId)
                .query(String.class)
                .list();
    }

    private Chat chat(String domain) {
        String tenant = api.createTenant("Tenant " + UUID.randomUUID(), domain);
        return new Chat(http, api.secretKey(tenant, "chat").key());
    }
}
