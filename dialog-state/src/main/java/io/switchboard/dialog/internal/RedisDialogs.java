package io.switchboard.dialog.internal;

import static io.switchboard.dialog.internal.StateCodec.utf8;

import io.lettuce.core.RedisException;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import io.switchboard.dialog.ConversationErasedException;
import io.switchboard.dialog.ConversationKey;
import io.switchboard.dialog.Dialog;
import io.switchboard.dialog.DialogConflictException;
import io.switchboard.dialog.DialogUnavailableException;
import io.switchboard.dialog.Dialogs;
import io.switchboard.dialog.DomainState;
import io.switchboard.dialog.Exchange;
import io.switchboard.dialog.Origin;
import io.switchboard.dialog.TranscriptBehindException;
import io.switchboard.dialog.Turn;
import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * {@link Dialogs} over Redis: one script call to load, one to save (version check, window, meta, outbox), and
 * the transcript as the fallback when the state is gone.
 */
final class RedisDialogs implements Dialogs {

    private final RedisReactiveCommands<String, byte[]> redis;
    private final KeyLayout keys;
    private final WindowPolicy policy;
    private final Limits limits;
    private final Transcripts transcripts;
    private final DialogMetrics metrics;
    private final StateCodec codec = new StateCodec();
    private final StoredState stored = new StoredState(codec);

    RedisDialogs(
            RedisReactiveCommands<String, byte[]> redis,
            KeyLayout keys,
            WindowPolicy policy,
            Limits limits,
            Transcripts transcripts,
            DialogMetrics metrics) {
        this.redis = redis;
        this.keys = keys;
        this.policy = policy;
        this.limits = limits;
        this.transcripts = transcripts;
        this.metrics = metrics;
        // read the scripts from the jar now, not on the first request's event-loop thread
        java.util.Objects.requireNonNull(RedisScript.LOAD);
    }

    @Override
    public Mono<Dialog> load(ConversationKey key) {
        String[] scriptKeys = {keys.meta(key), keys.window(key), keys.summary(key), keys.erased(key), keys.unsynced(key)
        };
        return Mono.defer(() -> RedisScript.LOAD.run(redis, scriptKeys))
                .onErrorMap(RedisException.class, e -> unavailable("load", e))
                .flatMap(reply -> number(reply, 0) == 1
                        ? Mono.just(stored.live(key, list(reply, 1), list(reply, 2), list(reply, 3)))
                        : missing(key, number(reply, 1) == 1, number(reply, 2)))
                .transformDeferred(metrics.timed("load"));
    }

    private Mono<Dialog> missing(ConversationKey key, boolean erased, long unsynced) {
        if (erased) {
            return Mono.error(new ConversationErasedException(key));
        }
        if (unsynced > 0) {
            return Mono.error(new TranscriptBehindException(key, unsynced));
        }
        return transcripts.recover(key);
    }

    @Override
    public Mono<Dialog> append(Dialog loaded, Turn turn, DomainState domainState) {
        ConversationKey key = loaded.key();
        String[] scriptKeys = {
            keys.meta(key), keys.window(key), keys.summary(key), keys.erased(key), keys.unsynced(key), keys.outbox()
        };
        return Mono.defer(() -> {
                    limits.check(loaded, turn, domainState);
                    WindowPolicy.Advance next = policy.advance(loaded.window(), loaded.summary(), turn.exchange());
                    byte[][] args = saveArguments(loaded, turn, domainState, next);
                    return RedisScript.SAVE
                            .run(redis, scriptKeys, args)
                            .onErrorMap(RedisException.class, e -> unavailable("save", e))
                            .map(reply -> saved(loaded, turn, domainState, next, reply));
                })
                .transformDeferred(metrics.timed("append"));
    }

    private byte[][] saveArguments(Dialog loaded, Turn turn, DomainState domain, WindowPolicy.Advance next) {
        boolean fresh = loaded.version() == 0;
        List<Exchange> pushed = fresh ? next.window() : List.of(turn.exchange());
        List<byte[]> args = new ArrayList<>();
        args.add(utf8(loaded.version()));
        args.add(utf8(limits.idleTtl().toMillis()));
        args.add(utf8(fresh ? 1 : 0));
        args.add(utf8(fresh ? 0 : next.evicted()));
        args.add(utf8(pushed.size()));
        pushed.forEach(exchange -> args.add(codec.exchange(exchange)));
        SummaryDelta summary = SummaryDelta.between(loaded.summary(), next.summary(), next.evicted(), fresh);
        args.add(utf8(summary.reset() ? 1 : 0));
        args.add(utf8(summary.drop()));
        args.add(utf8(summary.pushed().size()));
        summary.pushed().forEach(line -> args.add(utf8(line)));
        List<byte[]> meta = stored.metaChanges(loaded, turn, domain, fresh);
        args.add(utf8(meta.size() / 2));
        args.addAll(meta);
        OutboxEntry.fields(loaded.key(), turn, domain, codec).forEach((field, value) -> {
            args.add(utf8(field));
            args.add(value);
        });
        return args.toArray(byte[][]::new);
    }

    private Dialog saved(Dialog loaded, Turn turn, DomainState domain, WindowPolicy.Advance next, List<Object> reply) {
        long status = number(reply, 0);
        if (status == -1) {
            throw new ConversationErasedException(loaded.key());
        }
        if (status == 0) {
            throw new DialogConflictException(loaded.key(), loaded.version(), number(reply, 1));
        }
        return new Dialog(
                loaded.key(),
                number(reply, 1),
                Origin.LIVE,
                next.window(),
                next.summary(),
                domain,
                loaded.counters().plus(turn));
    }

    @Override
    public Mono<Void> erase(ConversationKey key) {
        String[] scriptKeys = {keys.meta(key), keys.window(key), keys.summary(key), keys.unsynced(key), keys.erased(key)
        };
        return Mono.defer(() -> RedisScript.ERASE.run(
                        redis, scriptKeys, utf8(limits.erasureTombstoneTtl().toMillis())))
                .onErrorMap(RedisException.class, e -> unavailable("erase", e))
                .then(transcripts.erase(key));
    }

    private static DialogUnavailableException unavailable(String what, Throwable cause) {
        return new DialogUnavailableException("Redis did not answer the dialog " + what, cause);
    }

    private static long number(List<Object> reply, int index) {
        return (Long) reply.get(index);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(List<Object> reply, int index) {
        return (List<Object>) reply.get(index);
    }
}
