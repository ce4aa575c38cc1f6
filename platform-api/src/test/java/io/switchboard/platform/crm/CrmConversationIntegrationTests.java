package io.switchboard.platform.crm;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.platform.support.Chat;
import io.switchboard.platform.support.FakeCrm;
import io.switchboard.platform.support.PlatformIntegrationTest;
import io.switchboard.platform.support.Sse;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.codec.ServerSentEvent;

/**
 * Conversations that reach the tenant's CRM: real HTTP end to end, from the customer through the platform to a fake
 * CRM on loopback that checks every request's signature, configured through the admin API as a tenant would.
 */
class CrmConversationIntegrationTests extends PlatformIntegrationTest {

    @AfterEach
    void healthyCrm() {
        crm().behave(FakeCrm.Mode.HEALTHY);
    }

    @Test
    void aFinanceCustomerIsVerifiedByTheTenantsCrmThroughASignedRequest() {
        Chat chat = chatWithCrm("finance", crm().baseUrl(), FakeCrm.SECRET);
        String id = chat.open();
        int before = crm().signed().size();

        assertThat(Sse.text(Sse.events(chat.send(id, "What is my account balance?"))))
                .contains("verify");
        var wrong = Sse.events(chat.send(id, "My date of birth is 1990-01-01 and my card ends in 4242"));
        assertThat(Sse.text(wrong)).contains("don't match");
        var right = Sse.events(chat.send(id, "My date of birth is 1985-04-12 and my card ends in 4242"));

        assertThat(Sse.first(right, "done")).containsEntry("action", "answer");
        List<FakeCrm.Received> calls =
                crm().signed().subList(before, crm().signed().size());
        assertThat(calls).hasSize(2).allMatch(r -> r.path().endsWith("/switchboard/v1/identity/verify"));
        assertThat(FakeCrm.fields(calls.getLast()))
                .containsEntry("dateOfBirth", "1985-04-12")
                .containsEntry("lastFour", "4242");
    }

    @Test
    void orderStatusAndTheReturnWindowComeFromTheTenantsOrderSystem() {
        Chat chat = chatWithCrm("ecommerce", crm().baseUrl(), FakeCrm.SECRET);
        long modelCalls = worker().stats().requests();

        var status = Sse.events(chat.send(chat.open(), "Where is my order A12345678?"));
        assertThat(Sse.first(status, "done")).containsEntry("action", "answer");
        assertThat(worker().stats().requests()).isEqualTo(modelCalls + 1);

        // one lookup turn, one request to the tenant's order system
        int before = crm().signed().size();
        var unknown = Sse.events(chat.send(chat.open(), "Where is my order A99999999?"));
        assertThat(Sse.text(unknown)).contains("couldn't find order A99999999");
        assertThat(crm().signed().subList(before, crm().signed().size()))
                .singleElement()
                .satisfies(r -> assertThat(FakeCrm.fields(r)).containsEntry("number", "A99999999"));

        var late = Sse.events(chat.send(chat.open(), "I want to return the lamp from order A11112222, it's broken"));
        assertThat(Sse.first(late, "done")).containsEntry("action", "refuse");
        assertThat(Sse.text(late)).contains("outside our return window");

        var recent = Sse.events(chat.send(chat.open(), "I want to return the lamp from order A87654321, it's broken"));
        assertThat(Sse.first(recent, "done")).containsEntry("action", "answer");
        assertThat(crm().signed())
                .anyMatch(r -> r.path().endsWith("/switchboard/v1/orders/lookup")
                        && FakeCrm.fields(r).get("number").equals("A87654321"));
    }

    @ParameterizedTest
    @EnumSource(
            value = FakeCrm.Mode.class,
            names = {"SLOW", "SERVER_ERROR", "GARBAGE"})
    void aCrmThatMisbehavesGetsAnHonestAnswerAndTheTurnCompletes(FakeCrm.Mode mode) {
        Chat bank = chatWithCrm("finance", crm().baseUrl(), FakeCrm.SECRET);
        Chat shop = chatWithCrm("ecommerce", crm().baseUrl(), FakeCrm.SECRET);
        String conversation = bank.open();
        Sse.events(bank.send(conversation, "What is my account balance?"));
        crm().behave(mode);

        long started = System.nanoTime();
        var verify = Sse.events(bank.send(conversation, "My date of birth is 1985-04-12 and my card ends in 4242"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        var order = Sse.events(shop.send(shop.open(), "Where is my order A12345678?"));

        assertCannotCheckNow(verify);
        assertThat(Sse.text(verify)).doesNotContain("don't match");
        assertCannotCheckNow(order);
        assertThat(Sse.text(order)).doesNotContain("couldn't find");
        assertThat(took).isLessThan(Duration.ofSeconds(4)); // the 2 s CRM timeout, not the CRM's 4 s

        crm().behave(FakeCrm.Mode.HEALTHY);
        var retried = Sse.events(bank.send(conversation, "My date of birth is 1985-04-12 and my card ends in 4242"));
        assertThat(Sse.first(retried, "done")).containsEntry("action", "answer");
    }

    @Test
    void aCrmThatIsDownOrHoldsAnotherSecretGetsAnHonestAnswer() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Chat down = chatWithCrm("ecommerce", "http://127.0.0.1:" + closedPort + "/crm", FakeCrm.SECRET);
        Chat wrongSecret = chatWithCrm("finance", crm().baseUrl(), "not-the-secret-the-crm-holds");
        String conversation = wrongSecret.open();
        Sse.events(wrongSecret.send(conversation, "What is my account balance?"));

        assertCannotCheckNow(Sse.events(down.send(down.open(), "Where is my order A12345678?")));
        assertCannotCheckNow(
                Sse.events(wrongSecret.send(conversation, "My date of birth is 1985-04-12 and my card ends in 4242")));
        assertThat(crm().received()).anyMatch(r -> !r.signatureValid());
    }

    @Test
    void aTenantWithoutACrmIsHandedToAHumanWithoutBeingAskedForPersonalData() {
        Chat bank = chat("finance");
        Chat shop = chat("ecommerce");

        var balance = Sse.events(bank.send(bank.open(), "What is my account balance?"));
        var order = Sse.events(shop.send(shop.open(), "Where is my order A12345678?"));

        for (var events : List.of(balance, order)) {
            assertThat(Sse.names(events)).containsExactly("handoff", "done");
            assertThat((String) Sse.first(events, "handoff").get("message"))
                    .contains("member of our team")
                    .doesNotContain("date of birth");
        }
    }

    @Test
    void aCrmThatKeepsFailingIsRestedAndOtherTenantsAreUntouched() {
        try (FakeCrm failing = FakeCrm.start()) {
            failing.behave(FakeCrm.Mode.SERVER_ERROR);
            Chat shop = chatWithCrm("ecommerce", failing.baseUrl(), FakeCrm.SECRET);
            for (int i = 0; i < 3; i++) {
                assertCannotCheckNow(Sse.events(shop.send(shop.open(), "Where is my order A12345678?")));
            }
            assertThat(failing.received()).hasSize(3);

            // rested: the customer hears the same honest answer, and the CRM is not called
            assertCannotCheckNow(Sse.events(shop.send(shop.open(), "Where is my order A12345678?")));
            assertThat(failing.received()).hasSize(3);

            Chat other = chatWithCrm("ecommerce", crm().baseUrl(), FakeCrm.SECRET);
            var answered = Sse.events(other.send(other.open(), "Where is my order A12345678?"));
            assertThat(Sse.first(answered, "done")).containsEntry("action", "answer");
        }
    }

    private static void assertCannotCheckNow(List<ServerSentEvent<Map<String, Object>>> events) {
        assertThat(Sse.names(events)).containsExactly("delta", "done");
        assertThat(Sse.first(events, "done")).containsEntry("action", "ask");
        assertThat(Sse.text(events)).contains("right now", "agent");
    }

    private Chat chatWithCrm(String domain, String baseUrl, String secret) {
        String tenant = api.createTenant("CRM tenant " + UUID.randomUUID(), domain);
        api.connectCrm(tenant, baseUrl, secret);
        return new Chat(http, api.secretKey(tenant, "chat").key());
    }

    private Chat chat(String domain) {
        String tenant = api.createTenant("No-CRM tenant " + UUID.randomUUID(), domain);
        return new Chat(http, api.secretKey(tenant, "chat").key());
    }
}
