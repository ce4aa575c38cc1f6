package io.switchboard.worker.internal.http;

import io.switchboard.worker.internal.runtime.Completion;
import io.switchboard.worker.internal.runtime.SamplingParams;
import io.switchboard.worker.internal.runtime.Scheduler;
import io.switchboard.worker.internal.runtime.SequenceListener;
import io.switchboard.worker.internal.runtime.TokenEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Bridges the scheduler's callbacks to a {@link Flux}: submission happens at once (so a full queue is known before
 * any byte is sent), and cancelling the Flux — a client gone away — cancels the sequence.
 */
final class Generations {

    private Generations() {}

    static Flux<Outcome> submit(Scheduler scheduler, long[] prompt, SamplingParams params) {
        Sinks.Many<Outcome> sink = Sinks.many().unicast().onBackpressureBuffer();
        Scheduler.Handle handle = scheduler.submit(prompt, params, new SequenceListener() {
            @Override
            public void onToken(TokenEvent token) {
                sink.tryEmitNext(new Outcome.Token(token));
            }

            @Override
            public void onComplete(Completion completion) {
                sink.tryEmitNext(new Outcome.Done(completion));
                sink.tryEmitComplete();
            }

            @Override
            public void onError(RuntimeException error) {
                sink.tryEmitError(error);
            }
        });
        return sink.asFlux().doOnCancel(handle::cancel);
    }
}
