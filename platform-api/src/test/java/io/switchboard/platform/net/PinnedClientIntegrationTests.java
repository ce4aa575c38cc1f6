package io.switchboard.platform.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.switchboard.platform.webhooks.Receiver;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Schedulers;

/** The pinned client against real loopback servers, with a name that only the test's resolver knows. */
class PinnedClientIntegrationTests {

    private final PinnedClient client = new PinnedClient(Duration.ofSeconds(2), Duration.ofSeconds(1), "Test/1");
    private final Destinations destinations =
            new Destinations(List.of("hooks.test"), PinnedClientIntegrationTests::resolve, Schedulers.immediate());
    private Receiver receiver;
    private HttpServer answering;

    @BeforeEach
    void start() throws Exception {
        receiver = new Receiver();
        answering = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        answering.createContext("/json", exchange -> {
            byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        answering.createContext("/slow", exchange -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        answering.setExecutor(Executors.newCachedThreadPool());
        answering.start();
    }

    @AfterEach
    void stop() {
        receiver.close();
        answering.stop(0);
        ((ExecutorService) answering.getExecutor()).shutdownNow();
    }

    @Test
    void connectsToThePinnedAddressAndSendsTheOriginalHost() throws Exception {
        OutboundUrl url = DestinationsTests.url("http://hooks.test:" + receiver.port() + "/in?x=1");
        InetAddress pinned = destinations.pin(url);

        Integer status = client.post(url, pinned, Map.of("Switchboard-Event-Id", "e1"), "{\"a\":1}")
                .block(Duration.ofSeconds(15));

        assertThat(status).isEqualTo(200);
        Receiver.Received got = receiver.received("/in").getFirst();
        assertThat(got.method()).isEqualTo("POST");
        assertThat(got.header("Host")).isEqualTo("hooks.test:" + receiver.port());
        assertThat(got.header("Switchboard-Event-Id")).isEqualTo("e1");
        assertThat(got.header("Content-Type")).isEqualTo("application/json");
        assertThat(got.header("User-Agent")).isEqualTo("Test/1");
        assertThat(got.body()).isEqualTo("{\"a\":1}");
    }

    @Test
    void aRedirectIsReportedNotFollowed() throws Exception {
        receiver.answer("/moved", 302);
        OutboundUrl url = DestinationsTests.url("http://hooks.test:" + receiver.port() + "/moved");

        Integer status = client.post(url, destinations.pin(url), Map.of(), "{}").block(Duration.ofSeconds(10));

        assertThat(status).isEqualTo(302);
        assertThat(receiver.received("/landing")).isEmpty();
    }

    @Test
    void aClosedPortFailsTheAttempt() throws Exception {
        int port = receiver.port();
        receiver.close();
        OutboundUrl url = DestinationsTests.url("http://hooks.test:" + port + "/in");
        InetAddress pinned = destinations.pin(url);

        assertThatThrownBy(() -> client.post(url, pinned, Map.of(), "{}").block(Duration.ofSeconds(10)))
                .isNotNull();
    }

    @Test
    void anExchangeReadsTheBodyUpToItsBoundAndNoFurther() throws Exception {
        OutboundUrl url = DestinationsTests.url(
                "http://hooks.test:" + answering.getAddress().getPort() + "/json");
        InetAddress pinned = destinations.pin(url);

        assertThat(client.exchange(url, pinned, Map.of(), "{}", 64).block(Duration.ofSeconds(10)))
                .isEqualTo(new PinnedClient.Response(200, "{\"ok\":true}"));
        assertThatThrownBy(() -> client.exchange(url, pinned, Map.of(), "{}", 5).block(Duration.ofSeconds(10)))
                .isInstanceOf(PinnedClient.TooLarge.class);
    }

    @Test
    void aServerThatDoesNotAnswerTimesOut() throws Exception {
        OutboundUrl url = DestinationsTests.url(
                "http://hooks.test:" + answering.getAddress().getPort() + "/slow");
        InetAddress pinned = destinations.pin(url);
        long started = System.nanoTime();

        assertThatThrownBy(
                        () -> client.exchange(url, pinned, Map.of(), "{}", 64).block(Duration.ofSeconds(10)))
                .isNotNull();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    }

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        if (host.equals("hooks.test")) {
            return new InetAddress[] {InetAddress.getByAddress(new byte[] {127, 0, 0, 1})};
        }
        throw new UnknownHostException(host);
    }
}
