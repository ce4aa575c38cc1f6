package io.switchboard.platform.webhooks.internal;

import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLException;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.HttpClientSecurityUtils;
import reactor.netty.resources.ConnectionProvider;

/**
 * Sends one attempt with Reactor Netty to an address already pinned by {@link Destinations}: the connection goes
 * to that IP, while the Host header, TLS SNI and certificate check use the URL's host name. No redirect is
 * followed, no connection is pooled (a pooled connection could carry one host's TLS session to another host
 * on the same IP), and the attempt is bounded by the attempt timeout. The response body is never read.
 */
final class Sender {

    private final HttpClient client;
    private final SslContext tls;
    private final Duration attemptTimeout;

    Sender(WebhooksProperties properties) {
        this.attemptTimeout = properties.attemptTimeout();
        this.client = HttpClient.create(ConnectionProvider.newConnection())
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int)
                        properties.connectTimeout().toMillis())
                .responseTimeout(properties.attemptTimeout())
                .followRedirect(false)
                .disableRetry(true);
        try {
            this.tls = SslContextBuilder.forClient().build();
        } catch (SSLException e) {
            throw new IllegalStateException("Cannot build the TLS client context", e);
        }
    }

    /** POSTs {@code body} and answers the response status; fails on a connection error or timeout. */
    Mono<Integer> post(WebhookUrl url, InetAddress pinned, Map<String, String> headers, String body) {
        HttpClient pinnedClient = client.remoteAddress(() -> new InetSocketAddress(pinned, url.port()));
        if (url.https()) {
            pinnedClient = pinnedClient.secure(spec -> {
                var ssl = spec.sslContext(tls)
                        .handlerConfigurator(HttpClientSecurityUtils.HOSTNAME_VERIFICATION_CONFIGURER);
                if (!url.host().contains(":") && !url.host().chars().allMatch(c -> c == '.' || Character.isDigit(c))) {
                    ssl.serverNames(new SNIHostName(url.host()));
                }
            });
        }
        return pinnedClient
                .headers(h -> {
                    h.set(HttpHeaderNames.HOST, url.hostHeader());
                    h.set(HttpHeaderNames.CONTENT_TYPE, "application/json");
                    h.set(HttpHeaderNames.USER_AGENT, "Switchboard-Webhooks/1");
                    headers.forEach(h::set);
                })
                .post()
                .uri(url.target())
                .send(ByteBufFlux.fromString(Mono.just(body)))
                .response()
                .map(response -> response.status().code())
                .timeout(attemptTimeout);
    }
}
