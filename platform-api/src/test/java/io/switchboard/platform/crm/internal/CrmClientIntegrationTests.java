package io.switchboard.platform.crm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.switchboard.domains.ecommerce.OrderLookup;
import io.switchboard.domains.finance.IdentityClaim;
import io.switchboard.domains.finance.Verification;
import io.switchboard.platform.crm.BlockingLookups;
import io.switchboard.platform.net.Destinations;
import io.switchboard.platform.net.PinnedClient;
import io.switchboard.platform.support.FakeCrm;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/** The CRM client against the fake CRM on loopback, with and without loopback on the allow-list. */
class CrmClientIntegrationTests {

    private static final UUID TENANT = UUID.randomUUID();
    private static final IdentityClaim CLAIM = new IdentityClaim(Optional.of("1985-04-12"), Optional.of("4242"));
    private static FakeCrm crm;

    @BeforeAll
    static void start() {
        crm = FakeCrm.start();
    }

    @AfterAll
    static void stop() {
        crm.close();
    }

    @Test
    void withAnEmptyAllowListLoopbackIsRefusedAndNothingIsSent() throws Exception {
        CrmClient client = client(List.of());
        int before = crm.received().size();

        assertThat(BlockingLookups.allow(() -> client.verify(TENANT, http(), CLAIM)))
                .isEqualTo(Verification.unavailable());
        assertThat(BlockingLookups.allow(() -> client.order(TENANT, http(), "A12345678")))
                .isEqualTo(OrderLookup.unavailable());
        assertThat(crm.received()).hasSize(before);
    }

    @Test
    void onTheAllowListTheSameCrmAnswersSignedRequests() throws Exception {
        CrmClient client = client(List.of("127.0.0.1"));
        int before = crm.received().size();

        assertThat(BlockingLookups.allow(() -> client.verify(TENANT, http(), CLAIM)))
                .isEqualTo(Verification.verified(FakeCrm.CUSTOMER));
        assertThat(BlockingLookups.allow(() -> client.order(TENANT, http(), "A12345678")))
                .isInstanceOf(OrderLookup.Found.class);
        assertThat(BlockingLookups.allow(() -> client.order(TENANT, http(), "Z1")))
                .isEqualTo(OrderLookup.notFound());
        assertThat(crm.received().subList(before, crm.received().size()))
                .hasSize(3)
                .allMatch(FakeCrm.Received::signatureValid);
    }

    @Test
    void outsideTheBlockingScopeTheClientSendsNothingOnAnyThread() {
        CrmClient client = client(List.of("127.0.0.1"));
        int before = crm.received().size();

        // an event loop, and a plain thread (the Redis client's threads are such threads)
        assertThatThrownBy(() -> Mono.fromCallable(() -> client.verify(TENANT, http(), CLAIM))
                        .subscribeOn(Schedulers.parallel())
                        .block(Duration.ofSeconds(10)))
                .isInstanceOf(BlockingLookups.Refused.class);
        assertThatThrownBy(() -> client.order(TENANT, http(), "A12345678")).isInstanceOf(BlockingLookups.Refused.class);
        assertThat(crm.received()).hasSize(before);
    }

    @Test
    void aLookupOutsideTheBlockingScopeRefusesBeforeAnyIoOnAnyThread() throws Exception {
        // a plain thread, not a Reactor one: the old guard let a lookup block here (the Redis client's threads are
        // such threads); the integrations store is not even read, so none is given
        CrmLookups lookups = new CrmLookups(null, client(List.of("127.0.0.1")), new DemoDirectory(Clock.systemUTC()));
        int before = crm.received().size();

        assertThatThrownBy(() -> lookups.find(TENANT.toString(), "A12345678"))
                .isInstanceOf(BlockingLookups.Refused.class);
        assertThatThrownBy(() -> lookups.verify(TENANT.toString(), CLAIM)).isInstanceOf(BlockingLookups.Refused.class);
        // inside the scope the same call goes on (here to "no integration", for an id that is no tenant's)
        assertThat(BlockingLookups.allow(() -> lookups.serves("not-a-tenant-id")))
                .isFalse();
        assertThat(crm.received()).hasSize(before);
    }

    private static Connection.Http http() {
        return new Connection.Http(
                Integrations.endpoint(crm.baseUrl(), Integrations.VERIFY_PATH).orElseThrow(),
                Integrations.endpoint(crm.baseUrl(), Integrations.ORDERS_PATH).orElseThrow(),
                FakeCrm.SECRET);
    }

    private static CrmClient client(List<String> allowedHosts) {
        return new CrmClient(
                new Destinations(allowedHosts, InetAddress::getAllByName, Schedulers.immediate()),
                new PinnedClient(Duration.ofSeconds(2), Duration.ofSeconds(1), "Test/1"),
                JsonMapper.builder().build(),
                Clock.systemUTC(),
                64 * 1024,
                Duration.ofSeconds(2),
                new SimpleMeterRegistry(),
                new CrmBreakers(3, Duration.ofSeconds(30), System::nanoTime));
    }
}
