package io.switchboard.platform.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.platform.support.Chat;
import io.switchboard.platform.support.FakeCrm;
import io.switchboard.platform.support.PlatformIntegrationTest;
import io.switchboard.platform.support.Sse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.TestPropertySource;

/**
 * A replica that prepares as many turns as it may refuses the next one at once with 503 and {@code Retry-After},
 * without touching it, and takes turns again as soon as a place is free. The turn that holds the only place waits on
 * a slow tenant CRM during its inbound step.
 */
@TestPropertySource(properties = "switchboard.chat.max-preparing-turns=1")
class TurnGateIntegrationTests extends PlatformIntegrationTest {

    @Test
    void aBusyReplicaRefusesTheNextTurnWith503AndServesItOnceAPlaceIsFree() throws Exception {
        try (FakeCrm slowCrm = FakeCrm.start()) {
            slowCrm.behave(FakeCrm.Mode.SLOW);
            String tenant = api.createTenant("Busy shop " + UUID.randomUUID(), "ecommerce");
            api.connectCrm(tenant, slowCrm.baseUrl(), FakeCrm.SECRET);
            Chat shop = new Chat(http, api.secretKey(tenant, "chat").key());
            String waiting = shop.open();
            String refused = shop.open();

            CompletableFuture<List<ServerSentEvent<Map<String, Object>>>> first =
                    CompletableFuture.supplyAsync(() -> Sse.events(shop.send(waiting, "Where is my order A12345678?")));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> !slowCrm.received().isEmpty());

            var problem = shop.send(refused, "Do you sell hiking boots?")
                    .expectStatus()
                    .isEqualTo(503)
                    .expectHeader()
                    .valueEquals(HttpHeaders.RETRY_AFTER, "1")
                    .expectBody(Map.class)
                    .returnResult()
                    .getResponseBody();
            assertThat(problem)
                    .containsEntry("type", "https://switchboard.dev/problems/unavailable")
                    .containsEntry("status", 503);
            assertThat((String) problem.get("detail")).contains("send this one again");
            // nothing of the refused turn was kept: the client can simply send it again
            assertThat(shop.messages(refused)).isEmpty();

            assertThat(Sse.names(first.get(15, TimeUnit.SECONDS))).contains("done");
            var served = Sse.events(shop.send(refused, "Do you sell hiking boots?"));
            assertThat(Sse.first(served, "done")).containsEntry("action", "answer");
            // the transcript reaches PostgreSQL through the outbox, a moment after the turn
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(shop.messages(refused)).hasSize(2));
        }
    }
}
