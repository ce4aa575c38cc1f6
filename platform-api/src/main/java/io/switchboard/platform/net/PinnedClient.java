package io.switchboard.platform.net;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
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
 * POSTs to an address already pinned by {@link Destinations}, with Reactor Netty: the connection goes to that IP,
 * while the Host header, TLS SNI and certificate check use the URL's host name. No redirect is followed, no
 * connection is pooled (a pooled connection could carry one host's TLS session to another host on the same IP),
 * and each exchange is bounded by the timeout.
 */
public final class PinnedClient {

    private final HttpClient client;
    private final SslContext tls;
    private final Duration timeout;
    private final String userAgent;

    /**
     * @param timeout the longest one exchange may take, connection included
     * @param connectTimeout the longest a TCP (and TLS) connection may take to open
     */
    public PinnedClient(Duration timeout, Duration connectTimeout, String userAgent) {
        this.timeout = timeout;
        this.userAgent = userAgent;
        this.client = HttpClient.create(ConnectionProvider.newConnection())
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) connectTimeout.toMillis())
                .responseTimeout(timeout)
                .followRedirect(false)
                .disableRetry(true);
        try {
            this.tls = SslContextBuilder.forClient().build();
        } catch (SSLException e) {
            throw new IllegalStateException("Cannot build the TLS client context", e);
        }
    }

    /** POSTs a JSON {@code body} and answers the response status, never reading the response body. */
    public Mono<Integer> post(OutboundUrl url, InetAddress pinned, Map<String, String> headers, String body) {
        return request(url, pinned, headers, body)
                .response()
                .map(response -> response.status().code())
                .timeout(timeout);
    }

    /**
     * POSTs a JSON {@code body} and answers the status with the response body, which may be at most {@code maxBody}
     * bytes; a longer one fails the exchange with {@link TooLarge}.
     */
    public Mono<Response> exchange(
            OutboundUrl url, InetAddress pinned, Map<String, String> headers, String body, int maxBody) {
        return request(url, pinned, headers, body)
                .response((response, content) -> content.reduceWith(
                                ByteArrayOutputStream::new, (buffer, chunk) -> append(buffer, chunk, maxBody))
                        .map(bytes -> new Response(response.status().code(), bytes.toString(StandardCharsets.UTF_8))))
                .next()
                .timeout(timeout);
    }

    private HttpClient.ResponseReceiver<?> request(
            OutboundUrl url, InetAddress pinned, Map<String, String> headers, String body) {
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
                    h.set(HttpHeaderNames.USER_AGENT, userAgent);
                    headers.forEach(h::set);
                })
                .post()
                .uri(url.target())
                .send(ByteBufFlux.fromString(Mono.just(body)));
    }

    private static ByteArrayOutputStream append(ByteArrayOutputStream buffer, ByteBuf chunk, int maxBody) {
        if (buffer.size() + chunk.readableBytes() > maxBody) {
            throw new TooLarge(maxBody);
        }
        byte[] bytes = new byte[chunk.readableBytes()];
        chunk.readBytes(bytes);
        buffer.writeBytes(bytes);
        return buffer;
    }

    /** A response: its status and its body as UTF-8 text. */
    public record Response(int status, String body) {}

    /** A response body longer than the caller accepts. */
    public static final class TooLarge extends RuntimeException {
        TooLarge(int maxBody) {
            super("the response body exceeds " + maxBody + " bytes", null, false, false);
        }
    }
}
