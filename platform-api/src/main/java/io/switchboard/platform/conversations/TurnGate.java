package io.switchboard.platform.conversations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.switchboard.platform.web.ApiProblem;
import io.switchboard.platform.web.ProblemType;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Bounds the turns this replica prepares at once (lock, state, quota, inbound domain step: the part of a turn that
 * costs this replica's CPU and its Redis round trips, before the model streams). Past the bound a turn is refused
 * at once with 503 and {@code Retry-After}, before it touches Redis, so an overloaded replica keeps answering the
 * turns it took instead of letting every turn queue until its Redis calls time out. Streaming replies are not
 * counted: a slow model holds many of them cheaply.
 */
@Component
class TurnGate {

    private final int limit;
    private final AtomicInteger preparing = new AtomicInteger();
    private final Counter refused;

    TurnGate(ChatProperties properties, MeterRegistry meters) {
        this.limit = properties.maxPreparingTurns();
        this.refused = Counter.builder("switchboard.turns.refused.busy")
                .description("turns refused with 503 because the replica was preparing as many as it may")
                .register(meters);
        Gauge.builder("switchboard.turns.preparing", preparing, AtomicInteger::get)
                .description("turns this replica is preparing (before the model streams)")
                .register(meters);
    }

    /** Takes a place, or throws the 503 to answer; the caller gives the place back with {@link #leave()}. */
    void enter() {
        if (preparing.incrementAndGet() > limit) {
            preparing.decrementAndGet();
            refused.increment();
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, "1");
            throw new ApiProblem(
                            ProblemType.UNAVAILABLE,
                            "This replica is answering as many messages as it can; send this one again in a moment")
                    .withHeaders(headers);
        }
    }

    void leave() {
        preparing.decrementAndGet();
    }
}
