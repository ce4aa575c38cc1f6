package io.switchboard.testing.fakeworker;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fake inference worker on a loopback port that speaks what Switchboard's {@code gpu-worker} speaks, with faults on
 * demand, so that the adapter and the platform can be tested against real HTTP without a model.
 *
 * <p>Endpoints:
 *
 * <ul>
 *   <li>{@code POST /v1/chat/completions}: with {@code "stream": true}, Server-Sent Events: a role chunk, one {@code
 *       chat.completion.chunk} per token ({@link #expectedText(int)}), a chunk with {@code finish_reason}, a chunk with
 *       {@code usage} and empty {@code choices}, then {@code data: [DONE]}; otherwise one {@code chat.completion} JSON.
 *   <li>{@code GET /health}: 200 {@code {"status":"ready","queue_depth":N,"running":N,"kv_cache_usage":x}}, or 503 with
 *       {@code "status":"loading"|"draining"}; {@code running} counts the requests being served now (a client that
 *       disconnects frees its slot at once) plus {@code extra-running}.
 *   <li>{@code GET /v1/models}, {@code GET /metrics} (Prometheus text).
 *   <li>{@code POST /fake/behaviour?knob=value…} changes the {@link Behaviour} at run time; {@code GET /fake/stats}
 *       gives the counters of {@link #stats()} as JSON.
 * </ul>
 *
 * <p>Run it as a separate process with {@link #main(String[])} (see {@link FakeWorkerProcess}).
 */
public final class FakeWorker implements AutoCloseable {

    /** The model name served and listed. */
    public static final String MODEL = "fake-moe";

    /** The line {@link #main(String[])} prints once it listens, followed by the port. */
    public static final String LISTENING = "FAKE_WORKER_LISTENING ";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AtomicReference<Behaviour> behaviour;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong cancelled = new AtomicLong();
    private final AtomicLong replyIds = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final Set<Channel> connections = ConcurrentHashMap.newKeySet();
    private final DisposableServer server;

    private FakeWorker(int port, Behaviour initial) {
        this.behaviour = new AtomicReference<>(initial);
        this.server = HttpServer.create()
                .host("127.0.0.1")
                .port(port)
                .option(ChannelOption.SO_REUSEADDR, true)
                .doOnConnection(connection -> {
                    Channel channel = connection.channel();
                    // called per request: a kept-alive connection is already in the set
                    if (connections.add(channel)) {
                        accepted.incrementAndGet();
                        channel.closeFuture().addListener(closed -> connections.remove(channel));
                    }
                })
                .route(routes -> routes.post("/v1/chat/completions", this::chat)
                        .get("/health", this::health)
                        .get("/v1/models", this::models)
                        .get("/metrics", this::metrics)
                        .post("/fake/behaviour", this::changeBehaviour)
                        .get("/fake/stats", (req, res) -> json(res, 200, stats().asMap())))
                .bindNow(Duration.ofSeconds(10));
    }

    /** Starts a worker on a free loopback port. */
    public static FakeWorker start(Behaviour behaviour) {
        return new FakeWorker(0, behaviour);
    }

    /** Starts a worker on the given loopback port (0: a free one). */
    public static FakeWorker start(int port, Behaviour behaviour) {
        return new FakeWorker(port, behaviour);
    }

    /** The text of a complete reply of {@code tokens} tokens: {@code "w0 w1 … "}. */
    public static String expectedText(int tokens) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < tokens; i++) {
            text.append(Replies.token(i));
        }
        return text.toString();
    }

    public int port() {
        return server.port();
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public Behaviour behaviour() {
        return behaviour.get();
    }

    /** Applies to requests that arrive from now on. */
    public void behave(Behaviour next) {
        behaviour.set(next);
    }

    public void behave(UnaryOperator<Behaviour> change) {
        behaviour.updateAndGet(change);
    }

    /** The worker's counters now. */
    public Stats stats() {
        return new Stats(requests.get(), running.get(), completed.get(), cancelled.get(), accepted.get());
    }

    /** Stops listening and closes every open connection at once, as a process that dies would. */
    @Override
    public void close() {
        server.dispose();
        connections.forEach(Channel::close);
        server.onDispose().block(Duration.ofSeconds(5));
    }

    /**
     * Chat requests received; being served now; answered to the end (every event up to the last one, or a whole JSON
     * response, error responses included); and cancelled: ended because the client went away before the end (a
     * {@link Failure#DROP} is neither); and connections accepted, health checks' included (a client that reuses its
     * connections opens few).
     */
    public record Stats(long requests, int running, long completed, long cancelled, long connections) {
        Map<String, Object> asMap() {
            return Map.of(
                    "requests",
                    requests,
                    "running",
                    running,
                    "completed",
                    completed,
                    "cancelled",
                    cancelled,
                    "connections",
                    connections);
        }
    }

    private Publisher<Void> chat(HttpServerRequest request, HttpServerResponse response) {
        requests.incrementAndGet();
        Behaviour now = behaviour.get();
        return request.receive()
                .aggregate()
                .asString(StandardCharsets.UTF_8)
                .defaultIfEmpty("")
                .flatMap(body -> {
                    Exchange exchange = new Exchange();
                    return Mono.defer(() -> {
                                running.incrementAndGet();
                                return serve(ChatCall.parse(body), now, response, exchange);
                            })
                            .doFinally(signal -> finished(exchange));
                });
    }

    /** How one chat request ended: its whole response written, or cut on purpose by {@link Failure#DROP}. */
    private static final class Exchange {
        volatile boolean written;
        volatile boolean dropped;
    }

    private void finished(Exchange exchange) {
        running.decrementAndGet();
        if (exchange.written) {
            completed.incrementAndGet();
        } else if (!exchange.dropped) {
            cancelled.incrementAndGet();
        }
    }

    private Mono<Void> serve(ChatCall call, Behaviour now, HttpServerResponse response, Exchange exchange) {
        Mono<Void> single = single(call, now, response, exchange);
        return single != null
                ? single.doOnSuccess(done -> exchange.written = true)
                : stream(call, now, response, exchange);
    }

    /** The response when it is not a stream of events, or {@code null} when it is. */
    private @Nullable Mono<Void> single(ChatCall call, Behaviour now, HttpServerResponse response, Exchange exchange) {
        if (call.invalid() != null) {
            return error(response, now, 400, "invalid_request_error", call.invalid());
        }
        if (now.readiness() != Readiness.READY) {
            return unavailable(response, now, "worker is " + now.readiness().wireName());
        }
        if (now.maxRunning() > 0 && running.get() > now.maxRunning()) {
            return unavailable(response, now, "queue full");
        }
        return switch (now.failure()) {
            case UNAVAILABLE -> unavailable(response, now, "worker overloaded");
            case SERVER_ERROR -> error(response, now, 500, "server_error", "internal error");
            case BAD_REQUEST -> error(response, now, 400, "invalid_request_error", "bad request");
            case NO_ANSWER -> Mono.never();
            default -> call.stream() ? null : reply(call, now, response, exchange);
        };
    }

    private Mono<Void> stream(ChatCall call, Behaviour now, HttpServerResponse response, Exchange exchange) {
        Replies replies = new Replies("chatcmpl-" + replyIds.incrementAndGet(), call.model());
        int tokens = Math.min(now.tokens(), call.maxTokens());
        Flux<String> events = Flux.concat(
                        Mono.just(Replies.event(replies.roleChunk())),
                        tokens(replies, now, Math.min(tokens, failurePoint(now, tokens))),
                        ending(replies, now, call, tokens, response, exchange))
                .doOnComplete(() -> exchange.written = true);
        // each event flushed on its own, as a worker sends a token the moment it has it, also when they come at once
        return response.header("Content-Type", "text/event-stream")
                .header("Cache-Control", "no-cache")
                .send(events.map(event -> ByteBufUtil.writeUtf8(response.alloc(), event)), event -> true)
                .then();
    }

    private static int failurePoint(Behaviour now, int tokens) {
        return switch (now.failure()) {
            case ERROR_EVENT, HANG, DROP, MALFORMED -> now.failAfterTokens();
            default -> tokens;
        };
    }

    private static Flux<String> tokens(Replies replies, Behaviour now, int count) {
        return Flux.range(0, count).concatMap(i -> {
            Duration delay = i == 0 ? now.firstTokenDelay() : now.interTokenDelay();
            Mono<String> token = Mono.fromSupplier(() -> Replies.event(replies.tokenChunk(i)));
            // no delay: the token is written on the connection's own thread, not after a hop to a timer thread and back
            // (that hop was most of this fake's CPU in the platform benchmark)
            return delay.isZero() ? token : Mono.delay(delay).then(token);
        });
    }

    private Flux<String> ending(
            Replies replies, Behaviour now, ChatCall call, int tokens, HttpServerResponse response, Exchange exchange) {
        return switch (now.failure()) {
            case ERROR_EVENT ->
                Flux.just(
                        Replies.event(Replies.error(now.errorShape(), "generation failed", "server_error", 500)),
                        Replies.event("[DONE]"));
            case HANG -> Flux.never();
            case DROP ->
                Mono.delay(Duration.ofMillis(50))
                        .doOnNext(x -> drop(response, exchange))
                        .thenMany(Flux.never());
            case MALFORMED -> Flux.just("data: {\"choices\":[{\"delta\":{\"content\"\n\n", Replies.event("[DONE]"));
            default ->
                Flux.just(
                        Replies.event(replies.finishChunk(tokens < now.tokens() ? "length" : "stop")),
                        Replies.event(replies.usageChunk(call.promptTokens(), tokens)),
                        Replies.event("[DONE]"));
        };
    }

    private static void drop(HttpServerResponse response, Exchange exchange) {
        exchange.dropped = true;
        response.withConnection(connection -> connection.channel().close());
    }

    private Mono<Void> reply(ChatCall call, Behaviour now, HttpServerResponse response, Exchange exchange) {
        int tokens = Math.min(now.tokens(), call.maxTokens());
        Duration time = now.firstTokenDelay().plus(now.interTokenDelay().multipliedBy(Math.max(0, tokens - 1)));
        Mono<Void> answer = switch (now.failure()) {
            case HANG -> Mono.never();
            case DROP -> Mono.fromRunnable(() -> drop(response, exchange)).then(Mono.never());
            case MALFORMED ->
                response.header("Content-Type", "application/json")
                        .sendString(Mono.just("{\"choices\":["))
                        .then();
            case ERROR_EVENT -> error(response, now, 500, "server_error", "generation failed");
            default -> {
                Replies replies = new Replies("chatcmpl-" + replyIds.incrementAndGet(), call.model());
                String finish = tokens < now.tokens() ? "length" : "stop";
                yield json(
                        response, 200, replies.completion(expectedText(tokens), finish, call.promptTokens(), tokens));
            }
        };
        return Mono.delay(time).then(answer);
    }

    private static Mono<Void> unavailable(HttpServerResponse response, Behaviour now, String message) {
        response.header("Retry-After", Integer.toString(now.retryAfterSeconds()));
        return error(response, now, 503, "service_unavailable", message);
    }

    private static Mono<Void> error(HttpServerResponse response, Behaviour now, int status, String type, String msg) {
        return json(response, status, Replies.error(now.errorShape(), msg, type, status));
    }

    private static Mono<Void> json(HttpServerResponse response, int status, Object body) {
        return response.status(HttpResponseStatus.valueOf(status))
                .header("Content-Type", "application/json")
                .sendString(Mono.just(Replies.json(body)))
                .then();
    }

    private Publisher<Void> health(HttpServerRequest request, HttpServerResponse response) {
        Behaviour now = behaviour.get();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", now.readiness().wireName());
        body.put("queue_depth", now.queueDepth());
        body.put("running", running.get() + now.extraRunning());
        body.put("kv_cache_usage", now.kvCacheUsage());
        return json(response, now.readiness() == Readiness.READY ? 200 : 503, body);
    }

    private Publisher<Void> models(HttpServerRequest request, HttpServerResponse response) {
        Map<String, Object> model = Map.of("id", MODEL, "object", "model", "owned_by", "switchboard");
        return json(response, 200, Map.of("object", "list", "data", List.of(model)));
    }

    private Publisher<Void> metrics(HttpServerRequest request, HttpServerResponse response) {
        Stats stats = stats();
        Behaviour now = behaviour.get();
        String text = "# TYPE worker_running_sequences gauge\nworker_running_sequences "
                + (stats.running() + now.extraRunning())
                + "\n# TYPE worker_queue_depth gauge\nworker_queue_depth " + now.queueDepth()
                + "\n# TYPE worker_kv_cache_usage_ratio gauge\nworker_kv_cache_usage_ratio " + now.kvCacheUsage()
                + "\n# TYPE worker_requests_total counter\nworker_requests_total " + stats.requests() + "\n";
        return response.header("Content-Type", "text/plain; version=0.0.4")
                .sendString(Mono.just(text))
                .then();
    }

    private Publisher<Void> changeBehaviour(HttpServerRequest request, HttpServerResponse response) {
        Map<String, String> knobs = new HashMap<>();
        new QueryStringDecoder(request.uri()).parameters().forEach((name, values) -> knobs.put(name, values.getLast()));
        try {
            Behaviour next = behaviour.updateAndGet(current -> current.with(knobs));
            return json(response, 200, next.asMap());
        } catch (IllegalArgumentException e) {
            return json(response, 400, Map.of("error", Map.of("message", String.valueOf(e.getMessage()))));
        }
    }

    /**
     * Runs a worker until the process is killed. Arguments: {@code --port=N} (0 or absent: a free port) and any knob
     * of {@link Behaviour}, e.g. {@code --tokens=50 --inter-token-delay-ms=20}. Prints {@link #LISTENING} and the
     * port on standard output once it listens.
     */
    public static void main(String[] args) throws InterruptedException {
        Map<String, String> knobs = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("arguments are --name=value, got: " + arg);
            }
            knobs.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        int port = Integer.parseInt(knobs.getOrDefault("port", "0"));
        knobs.remove("port");
        FakeWorker worker = start(port, Behaviour.defaults().with(knobs));
        System.out.println(LISTENING + worker.port());
        System.out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(worker::close));
        worker.server.onDispose().block();
    }

    /** What a fake worker reads from a chat request. */
    private record ChatCall(
            boolean stream,
            int maxTokens,
            String model,
            int promptTokens,
            @Nullable String invalid) {

        static ChatCall parse(String body) {
            try {
                JsonNode json = JSON.readTree(body);
                if (json == null || !json.isObject() || !json.path("messages").isArray()) {
                    return invalid("'messages' must be an array");
                }
                int promptTokens = json.path("messages").toString().length() / 4;
                return new ChatCall(
                        json.path("stream").asBoolean(false),
                        json.path("max_tokens").asInt(Integer.MAX_VALUE),
                        json.path("model").asString(MODEL),
                        promptTokens,
                        null);
            } catch (RuntimeException e) {
                return invalid("body is not JSON");
            }
        }

        private static ChatCall invalid(String why) {
            return new ChatCall(false, 0, MODEL, 0, why);
        }
    }
}
