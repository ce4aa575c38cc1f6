package io.switchboard.worker.internal.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.switchboard.worker.internal.runtime.Completion;
import io.switchboard.worker.internal.runtime.DrainingException;
import io.switchboard.worker.internal.runtime.InvalidRequestException;
import io.switchboard.worker.internal.runtime.ModelRuntime;
import io.switchboard.worker.internal.runtime.QueueFullException;
import io.switchboard.worker.internal.runtime.Scheduler;
import io.switchboard.worker.internal.runtime.TokenEvent;
import io.switchboard.worker.internal.runtime.WorkerMetrics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The worker's HTTP server on Reactor Netty: the OpenAI endpoints, {@code /health}, {@code /v1/models} and
 * {@code /metrics}. It listens before the model is loaded, answering 503 on {@code /health} until it is ready. Event
 * loops only parse and serialize; generation happens on the scheduler's inference thread.
 */
public final class WorkerServer implements AutoCloseable {

    private static final int MAX_BODY = 8 << 20;
    private static final int DEFAULT_MAX_TOKENS = 4096;

    private final String modelName;
    private final WorkerMetrics metrics;
    private final WorkerState state = new WorkerState();
    private final DisposableServer server;

    private WorkerServer(String host, int port, String modelName, WorkerMetrics metrics) {
        this.modelName = modelName;
        this.metrics = metrics;
        this.server = HttpServer.create()
                .host(host)
                .port(port)
                .route(routes -> routes.post("/v1/chat/completions", (req, res) -> generate(req, res, true))
                        .post("/v1/completions", (req, res) -> generate(req, res, false))
                        .get("/health", this::health)
                        .get("/v1/models", this::models)
                        .get("/metrics", this::metrics))
                .bindNow(Duration.ofSeconds(10));
    }

    public static WorkerServer start(String host, int port, String modelName, WorkerMetrics metrics) {
        return new WorkerServer(host, port, modelName, metrics);
    }

    public int port() {
        return server.port();
    }

    /** Serves this model from now on (and closes it with the server); /health turns 200. */
    public Scheduler ready(ModelRuntime runtime, int maxQueue, String quantization) {
        Scheduler scheduler = new Scheduler(runtime, metrics, maxQueue);
        state.ready(new WorkerState.Loaded(runtime, scheduler, quantization));
        return scheduler;
    }

    public void failed(String message) {
        state.failed(message);
    }

    /** Readiness goes 503 and new requests are refused; running sequences finish (bounded), then the server stops. */
    public boolean drain(Duration timeout) throws InterruptedException {
        WorkerState.Loaded loaded = state.loaded();
        return loaded == null || loaded.scheduler().drain(timeout);
    }

    @Override
    public void close() {
        WorkerState.Loaded loaded = state.loaded();
        server.disposeNow(Duration.ofSeconds(5));
        if (loaded != null) {
            loaded.scheduler().close();
            loaded.runtime().close();
        }
    }

    private Publisher<Void> generate(HttpServerRequest req, HttpServerResponse res, boolean chat) {
        return req.receive()
                .aggregate()
                .asString(StandardCharsets.UTF_8)
                .defaultIfEmpty("")
                .publishOn(Schedulers.boundedElastic())
                .flatMap(body -> respond(body, res, chat))
                .onErrorResume(ApiException.class, e -> error(res, e))
                .onErrorResume(e -> !(e instanceof ApiException), e -> error(res, classify(e)));
    }

    private Mono<Void> respond(String body, HttpServerResponse res, boolean chat) {
        WorkerState.Loaded loaded = state.loaded();
        if (loaded == null) {
            return error(
                    res, new ApiException(503, "server_error", "the model is still loading", null, "model_loading"));
        }
        GenerationRequest request = parse(body, chat);
        if (request.model() != null && !request.model().equals(modelName)) {
            throw new ApiException(
                    404,
                    "invalid_request_error",
                    "The model '" + request.model() + "' does not exist; this worker serves '" + modelName + "'",
                    "model",
                    "model_not_found");
        }
        ModelRuntime runtime = loaded.runtime();
        long[] prompt = prompt(runtime, request);
        int limit = runtime.windowed() ? runtime.config().maxPositionEmbeddings() : runtime.maxModelLen();
        int maxTokens = request.maxTokens() != null
                ? request.maxTokens()
                : Math.max(1, Math.min(DEFAULT_MAX_TOKENS, limit - prompt.length));
        Flux<Outcome> outcomes = Generations.submit(loaded.scheduler(), prompt, request.withMaxTokens(maxTokens));
        String id =
                (chat ? "chatcmpl-" : "cmpl-") + UUID.randomUUID().toString().replace("-", "");
        Responses responses = new Responses(id, modelName, chat);
        if (request.stream()) {
            return stream(res, outcomes, responses, request.includeUsage());
        }
        return outcomes.collectList().flatMap(list -> {
            List<TokenEvent> tokens = new ArrayList<>();
            Completion done = null;
            for (Outcome o : list) {
                if (o instanceof Outcome.Token t) {
                    tokens.add(t.event());
                } else if (o instanceof Outcome.Done d) {
                    done = d.completion();
                }
            }
            if (done == null) {
                return error(
                        res,
                        new ApiException(
                                500, "server_error", "generation ended without a result", null, "internal_error"));
            }
            return json(res, HttpResponseStatus.OK, responses.whole(tokens, done));
        });
    }

    private Mono<Void> stream(HttpServerResponse res, Flux<Outcome> outcomes, Responses responses, boolean usage) {
        AtomicBoolean first = new AtomicBoolean(true);
        Flux<String> events = outcomes.concatMap(o -> switch (o) {
                    case Outcome.Token t -> {
                        boolean isFirst = first.getAndSet(false);
                        yield isFirst
                                        || !t.event().text().isEmpty()
                                        || t.event().logprob() != null
                                ? Flux.just(responses.tokenChunk(t.event(), isFirst))
                                : Flux.<String>empty();
                    }
                    case Outcome.Done d ->
                        usage
                                ? Flux.just(responses.finishChunk(d.completion()), responses.usageChunk(d.completion()))
                                : Flux.just(responses.finishChunk(d.completion()));
                })
                .map(json -> "data: " + json + "\n\n")
                .concatWith(Flux.just("data: [DONE]\n\n"))
                .onErrorResume(e -> Flux.just("data: " + Responses.error(classify(e)) + "\n\n"));
        Function<String, ByteBuf> bytes = s -> Unpooled.copiedBuffer(s, StandardCharsets.UTF_8);
        return res.status(HttpResponseStatus.OK)
                .header("content-type", "text/event-stream")
                .header("cache-control", "no-cache")
                .send(events.map(bytes), b -> true)
                .then();
    }

    private static GenerationRequest parse(String body, boolean chat) {
        if (body.length() > MAX_BODY) {
            throw new ApiException(
                    413, "invalid_request_error", "the request body is too large", null, "body_too_large");
        }
        JsonNode node;
        try {
            node = JsonMapper.shared().readTree(body);
        } catch (JacksonException e) {
            throw ApiException.invalid("the body is not valid JSON", null);
        }
        if (node == null || !node.isObject()) {
            throw ApiException.invalid("the body must be a JSON object", null);
        }
        return chat ? GenerationRequest.chat(node) : GenerationRequest.completion(node);
    }

    private static long[] prompt(ModelRuntime runtime, GenerationRequest request) {
        if (request.promptIds() != null) {
            return request.promptIds();
        }
        if (request.messages() != null) {
            return runtime.codec().encode(runtime.template().render(request.messages()));
        }
        return runtime.codec().encodeWithSpecialTokens(java.util.Objects.requireNonNull(request.promptText()));
    }

    private static ApiException classify(Throwable e) {
        return switch (e) {
            case ApiException api -> api;
            case InvalidRequestException invalid ->
                new ApiException(400, "invalid_request_error", invalid.getMessage(), invalid.param(), invalid.code());
            case QueueFullException full ->
                new ApiException(503, "server_error", full.getMessage(), null, "queue_full");
            case DrainingException draining ->
                new ApiException(503, "server_error", draining.getMessage(), null, "draining");
            default -> new ApiException(500, "server_error", "the worker failed to generate", null, "internal_error");
        };
    }

    private static Mono<Void> error(HttpServerResponse res, ApiException e) {
        if (e.status == 503) {
            res.header("retry-after", "1");
        }
        return json(res, HttpResponseStatus.valueOf(e.status), Responses.error(e));
    }

    private static Mono<Void> json(HttpServerResponse res, HttpResponseStatus status, String body) {
        return res.status(status)
                .header("content-type", "application/json")
                .sendString(Mono.just(body))
                .then();
    }

    private Publisher<Void> health(HttpServerRequest req, HttpServerResponse res) {
        ObjectNode body = JsonMapper.shared().createObjectNode();
        String status = state.status();
        body.put("status", status);
        body.put("model", modelName);
        WorkerState.Loaded loaded = state.loaded();
        if (loaded != null) {
            Scheduler s = loaded.scheduler();
            body.put("queue_depth", s.waiting());
            body.put("waiting", s.waiting());
            body.put("running", s.running());
            body.put("kv_cache_usage", s.kvUsage());
            body.put("max_batch", loaded.runtime().slots());
            body.put("device", loaded.runtime().deviceName());
            body.put("quantization", loaded.quantization());
            body.put("weight_bytes", loaded.runtime().weightBytes());
        } else {
            body.put("queue_depth", 0).put("waiting", 0).put("running", 0).put("kv_cache_usage", 0.0);
        }
        if (state.failure() != null) {
            body.put("error", state.failure());
        }
        return json(
                res,
                status.equals("ready") ? HttpResponseStatus.OK : HttpResponseStatus.SERVICE_UNAVAILABLE,
                body.toString());
    }

    private Publisher<Void> models(HttpServerRequest req, HttpServerResponse res) {
        ObjectNode body = JsonMapper.shared().createObjectNode();
        body.put("object", "list");
        body.putArray("data")
                .addObject()
                .put("id", modelName)
                .put("object", "model")
                .put("created", 0)
                .put("owned_by", "switchboard");
        return json(res, HttpResponseStatus.OK, body.toString());
    }

    private Publisher<Void> metrics(HttpServerRequest req, HttpServerResponse res) {
        WorkerState.Loaded loaded = state.loaded();
        String text = loaded == null
                ? metrics.scrape(() -> 0, () -> 0, () -> 0, 0)
                : metrics.scrape(
                        () -> loaded.scheduler().running(),
                        () -> loaded.scheduler().waiting(),
                        () -> loaded.scheduler().kvUsage(),
                        loaded.runtime().weightBytes());
        return res.status(HttpResponseStatus.OK)
                .header("content-type", "text/plain; version=0.0.4; charset=utf-8")
                .sendString(Mono.just(text))
                .then();
    }
}
