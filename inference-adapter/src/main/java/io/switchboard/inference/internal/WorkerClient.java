package io.switchboard.inference.internal;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.timeout.ReadTimeoutException;
import io.switchboard.inference.ChatChunk;
import io.switchboard.inference.ChatReply;
import io.switchboard.inference.ChatRequest;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.HttpClientResponse;
import reactor.netty.resources.ConnectionProvider;

/**
 * Speaks the OpenAI Chat Completions protocol to one worker at a time over Reactor Netty. Cancelling a stream closes
 * its connection, which is how the worker learns to free the sequence's slot.
 */
final class WorkerClient implements AutoCloseable {

    private static final Duration DRAIN_AFTER_DONE = Duration.ofSeconds(1);

    private final ConnectionProvider connections;
    private final HttpClient http;
    private final String model;
    private final Scheduler timers;

    WorkerClient(Duration connectTimeout, String model, Scheduler timers) {
        this.connections = ConnectionProvider.builder("switchboard-inference")
                .maxConnections(1024)
                .pendingAcquireMaxCount(-1)
                .maxIdleTime(Duration.ofSeconds(30))
                .build();
        this.http = HttpClient.create(connections)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(connectTimeout.toMillis()));
        this.model = model;
        this.timers = timers;
    }

    /** The reply's chunks; role-only chunks are dropped, so the first chunk is the first token. */
    Flux<ChatChunk> stream(WorkerAddress worker, ChatRequest request) {
        return http.headers(h -> h.set(HttpHeaderNames.CONTENT_TYPE, "application/json")
                        .set(HttpHeaderNames.ACCEPT, "text/event-stream"))
                .post()
                .uri(worker.url() + "/v1/chat/completions")
                .send(body(request, true))
                .response((response, content) ->
                        response.status().code() != 200 ? failure(response, content) : chunks(worker, content));
    }

    Mono<ChatReply> complete(WorkerAddress worker, ChatRequest request) {
        return http.headers(h -> h.set(HttpHeaderNames.CONTENT_TYPE, "application/json"))
                .post()
                .uri(worker.url() + "/v1/chat/completions")
                .send(body(request, false))
                .responseSingle((response, content) -> content.asString()
                        .defaultIfEmpty("")
                        .map(body -> {
                            if (response.status().code() != 200) {
                                throw failureOf(response, body);
                            }
                            return WireFormat.reply(body, worker.id());
                        }));
    }

    /**
     * A fresh buffer over the one body for each subscription: the client sends it again when a pooled connection
     * turns out to have been closed before the request went out.
     */
    private Mono<ByteBuf> body(ChatRequest request, boolean stream) {
        byte[] body = WireFormat.requestBody(request, model, stream);
        return Mono.fromSupplier(() -> Unpooled.wrappedBuffer(body));
    }

    /** The worker's report, or {@link HealthReport#DOWN} when it does not answer in time. */
    Mono<HealthReport> health(WorkerAddress worker, Duration timeout) {
        return http.responseTimeout(timeout)
                .get()
                .uri(worker.url() + "/health")
                .responseSingle((response, content) -> content.asString()
                        .defaultIfEmpty("")
                        .map(body -> HealthReport.of(response.status().code(), body)))
                .timeout(timeout)
                .onErrorResume(error -> Mono.just(
                        error instanceof TimeoutException
                                        || error.getCause() instanceof TimeoutException
                                        || error instanceof ReadTimeoutException
                                ? HealthReport.SILENT
                                : HealthReport.DOWN));
    }

    @Override
    public void close() {
        connections.dispose();
    }

    /**
     * The reply's chunks up to {@code [DONE]}. The body is then read to its end rather than cancelled: a cancelled
     * response closes its connection, and a connection per turn cost both sides a TCP handshake and teardown (one per
     * turn in the platform benchmark's profile). A worker that keeps the response open after {@code [DONE]} is cut
     * off {@link #DRAIN_AFTER_DONE} later.
     */
    private Flux<ChatChunk> chunks(WorkerAddress worker, ByteBufFlux content) {
        AtomicBoolean ended = new AtomicBoolean();
        AtomicBoolean sawDone = new AtomicBoolean();
        Sinks.Empty<Void> done = Sinks.empty();
        return ServerSentEvents.data(content)
                .filter(data -> {
                    if (!sawDone.get() && WireFormat.DONE.equals(data.strip())) {
                        sawDone.set(true);
                        ended.set(true);
                        done.tryEmitEmpty();
                    }
                    return !sawDone.get();
                })
                .takeUntilOther(done.asMono().then(Mono.delay(DRAIN_AFTER_DONE, timers)))
                .map(data -> WireFormat.chunk(data, worker.id()))
                .doOnNext(chunk -> ended.compareAndSet(false, chunk.finishReason() != null))
                .filter(chunk -> !chunk.text().isEmpty() || chunk.finishReason() != null || chunk.usage() != null)
                .concatWith(Mono.defer(() -> ended.get()
                        ? Mono.empty()
                        : Mono.error(new WorkerFailure(
                                FailureCause.CONNECTION_LOST, "stream ended without a finish reason or [DONE]"))));
    }

    private static Flux<ChatChunk> failure(HttpClientResponse response, ByteBufFlux content) {
        return content.aggregate()
                .asString()
                .defaultIfEmpty("")
                .flatMapMany(body -> Flux.error(failureOf(response, body)));
    }

    private static WorkerFailure failureOf(HttpClientResponse response, String body) {
        return WorkerFailure.ofStatus(
                response.status().code(),
                response.responseHeaders().get(HttpHeaderNames.RETRY_AFTER),
                WireFormat.errorMessage(body));
    }
}
