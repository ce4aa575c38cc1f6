package io.switchboard.inference;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Chat completions from the pool of inference workers: a failure before the first token moves the request to another
 * worker; a failure after it ends the stream with {@link StreamInterruptedException}, never with a silent end.
 */
public interface ChatCompletions {

    /**
     * The name of the application's Reactor {@code Scheduler} bean for timeouts, if it has one: each stream's
     * first-token, stall and deadline checks set a timer on it (Reactor's parallel scheduler otherwise).
     */
    String TIMERS_BEAN = "switchboardTimers";

    /**
     * Streams the reply's chunks; the last ones carry the finish reason and the usage. Cancelling the subscription
     * cancels the request on the worker. Errors: {@link NoWorkerAvailableException} (nothing was streamed), {@link
     * StreamInterruptedException} (part of the reply was streamed), {@link InferenceRejectedException}.
     */
    Flux<ChatChunk> stream(ChatRequest request);

    /** The whole reply at once, with the same failover and the same errors as {@link #stream(ChatRequest)}. */
    Mono<ChatReply> complete(ChatRequest request);
}
