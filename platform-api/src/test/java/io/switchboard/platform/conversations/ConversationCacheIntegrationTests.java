package io.switchboard.platform.conversations;

import static io.switchboard.platform.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.platform.support.Chat;
import io.switchboard.platform.support.PlatformIntegrationTest;
import io.switchboard.platform.support.Sse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A turn reads its conversation from the copy in Redis, next to dialog-state taking its turn; PostgreSQL stays the truth: an
 * older copy never replaces a newer status, a lost copy is read again from PostgreSQL, and an erased conversation
 * stays erased whatever copy arrives late.
 */
class ConversationCacheIntegrationTests extends PlatformIntegrationTest {

    @Autowired
    ConversationCache cache;

    @Autowired
    Conversations conversations;

    @Autowired
    ReactiveStringRedisTemplate redis;

    @Autowired
    JdbcClient db;

    @Test
    void aTurnTakesTheConversationFromTheCopyItsLockBrings() {
        Tenant t = tenant();
        String id = t.chat().open();
        Conversation row = conversations.find(t.id(), UUID.fromString(id)).block(Duration.ofSeconds(5));
        long requestsBefore = worker().stats().requests();

        // a newer copy than PostgreSQL's row (which still says 'bot'): only a turn that reads the copy goes silent
        cache.remember(withStatus(row, ConversationStatus.HANDOFF_REQUESTED), 5).block(Duration.ofSeconds(5));

        var events = Sse.events(t.chat().send(id, "hello?"));
        assertThat(Sse.names(events)).containsExactly("handoff", "done");
        assertThat(worker().stats().requests()).isEqualTo(requestsBefore);
    }

    @Test
    void aCopyOlderThanTheLastStatusChangeNeverBringsTheBotBack() {
        Tenant t = tenant();
        String id = t.chat().open();
        t.chat()
                .post("/v1/conversations/" + id + "/handoff", null)
                .expectStatus()
                .isOk();
        Conversation moved = conversations.find(t.id(), UUID.fromString(id)).block(Duration.ofSeconds(5));
        long requestsBefore = worker().stats().requests();

        // a replica that read the row before the hand-off writes its copy last
        cache.remember(withStatus(moved, ConversationStatus.BOT), 0).block(Duration.ofSeconds(5));

        var events = Sse.events(t.chat().send(id, "hello? anyone?"));
        assertThat(Sse.names(events)).containsExactly("handoff", "done");
        assertThat(worker().stats().requests()).isEqualTo(requestsBefore);
    }

    @Test
    void aTurnWithoutACopyReadsTheStatusFromPostgres() {
        Tenant t = tenant();
        String id = t.chat().open();
        redis.delete(ConversationCache.key(t.id(), UUID.fromString(id))).block(Duration.ofSeconds(5));
        db.sql("UPDATE conversations SET status = 'handoff_requested', status_version = status_version + 1"
                        + " WHERE id = ?::uuid")
                .param(id)
                .update();

        var events = Sse.events(t.chat().send(id, "is anyone there?"));

        assertThat(Sse.names(events)).containsExactly("handoff", "done");
        assertThat(redis.opsForValue()
                        .get(ConversationCache.key(t.id(), UUID.fromString(id)))
                        .block(Duration.ofSeconds(5)))
                .startsWith("1|")
                .contains("handoff_requested");
    }

    @Test
    void aCopyThatCannotBeReadIsIgnoredAndTheTurnReadsPostgres() {
        Tenant t = tenant();
        String id = t.chat().open();
        redis.opsForValue()
                .set(ConversationCache.key(t.id(), UUID.fromString(id)), "7|{\"written by\": another version")
                .block(Duration.ofSeconds(5));

        var events = Sse.events(t.chat().send(id, "Do you ship to Norway?"));

        assertThat(Sse.names(events)).contains("delta").endsWith("done");
    }

    @Test
    void anErasedConversationStaysErasedWhateverCopyArrivesLate() {
        Tenant t = tenant();
        String id = t.chat().open();
        Conversation before = conversations.find(t.id(), UUID.fromString(id)).block(Duration.ofSeconds(5));
        t.chat()
                .http()
                .delete()
                .uri("/v1/conversations/{id}", id)
                .header(HttpHeaders.AUTHORIZATION, bearer(t.chat().key()))
                .exchange()
                .expectStatus()
                .isNoContent();

        cache.remember(before, 99).block(Duration.ofSeconds(5));

        t.chat().send(id, "are you still there?").expectStatus().isNotFound();
    }

    private static Conversation withStatus(Conversation c, ConversationStatus status) {
        return new Conversation(
                c.id(),
                c.tenantId(),
                c.customerRef(),
                c.channel(),
                status,
                c.metadata(),
                c.agentRef(),
                c.createdAt(),
                c.updatedAt(),
                c.closedAt());
    }

    private Tenant tenant() {
        String tenant = api.createTenant("Tenant " + UUID.randomUUID(), "ecommerce");
        return new Tenant(
                UUID.fromString(tenant),
                new Chat(http, api.secretKey(tenant, "chat").key()));
    }

    /** A tenant and its chat integration. */
    record Tenant(UUID id, Chat chat) {}
}
