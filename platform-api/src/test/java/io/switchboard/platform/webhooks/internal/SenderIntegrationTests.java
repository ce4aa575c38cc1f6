package io.switchboard.platform.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.platform.webhooks.Receiver;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Schedulers;

/** The sender against a real loopback receiver, with a name that only the test's resolver knows. */
class SenderIntegrationTests {

    private final WebhooksProperties properties = new WebhooksProperties(
            false,
            List.of("hooks.test"),
            3,
            Duration.ofMillis(100),
            Duration.ofMillis(200),
            2.0,
            Duration.ofSeconds(10),
            Duration.ofSeconds(5),
            Duration.ofHours(24),
            Duration.ofSeconds(1),
            10,
            4,
            20,
            Duration.ofSeconds(2));
    private final Sender sender = new Sender(properties);
    private Receiver receiver;
    private Destinations destinations;

    @BeforeEach
    void start() throws Exception {
        receiver = new Receiver();
        destinations =
                new Destinations(properties.allowedHosts(), SenderIntegrationTests::resolve, Schedulers.immediate());
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void connectsToThePinnedAddressAndSendsTheOriginalHost() throws Exception {
        WebhookUrl url = DestinationsTests.url("http://hooks.test:" + receiver.port() + "/in?x=1");
        InetAddress pinned = destinations.pin(url);

        Integer status = sender.post(url, pinned, Map.of("Switchboard-Event-Id", "e1"), "{\"a\":1}")
                .block(Duration.ofSeconds(15));

        assertThat(status).isEqualTo(200);
        Receiver.Received got = receiver.received("/in").getFirst();
        assertThat(got.method()).isEqualTo("POST");
        assertThat(got.header("Host")).isEqualTo("hooks.test:" + receiver.port());
        assertThat(got.header("Switchboard-Event-Id")).isEqualTo("e1");
        assertThat(got.header("Content-Type")).isEqualTo("application/json");
        assertThat(got.body()).isEqualTo("{\"a\":1}");
    }

    @Test
    void aRedirectIsReportedNotFollowed() throws Exception {
        receiver.answer("/moved", 302);
        WebhookUrl url = DestinationsTests.url("http://hooks.test:" + receiver.port() + "/moved");

        Integer status = sender.post(url, destinations.pin(url), Map.of(), "{}").block(Duration.ofSeconds(10));

        assertThat(status).isEqualTo(302);
        assertThat(receiver.received("/landing")).isEmpty();
    }

    @Test
    void aClosedPortFailsTheAttempt() throws Exception {
        int port = receiver.port();
        receiver.close();
        WebhookUrl url = DestinationsTests.url("http://hooks.test:" + port + "/in");
        InetAddress pinned = destinations.pin(url);

        assertThatThrownBy(() -> sender.post(url, pinned, Map.of(), "{}").block(Duration.ofSeconds(10)))
                .isNotNull();
    }

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        if (host.equals("hooks.test")) {
            return new InetAddress[] {InetAddress.getByAddress(new byte[] {127, 0, 0, 1})};
        }
        throw new UnknownHostException(host);
    }
}
