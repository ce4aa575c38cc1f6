package io.switchboard.dialog.internal;

import static io.switchboard.dialog.internal.StateCodec.utf8;

import io.lettuce.core.RedisException;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import io.switchboard.dialog.ConversationErasedException;
import io.switchboard.dialog.ConversationKey;
import io.switchboard.dialog.Dialog;
import io.switchboard.dialog.DialogBusyException;
import io.switchboard.dialog.DialogConflictException;
import io.switchboard.dialog.DialogUnavailableException;
import io.switchboard.dialog.Dialogs;
import io.switchboard.dialog.DomainState;
import io.switchboard.dialog.Exchange;
import io.switchboard.dialog.InvalidTurnException;
import io.switchboard.dialog.Origin;
import io.switchboard.dialog.TranscriptBehindException;
import io.switchboard.dialog.Turn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * {@link Dialogs} over Redis: one script call to load (taking the turn's lease when asked), one to save (lease, version
 * check, window, meta, outbox), and the transcript as the fallback when the state is gone.
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
        return Mono.defer(() -> RedisScript.LOAD.run(redis, loadKeys(key)))
                .onErrorMap(RedisException.class, e -> unavailable("load", e))
                .flatMap(reply -> loaded(key, reply))
                .transformDeferred(metrics.timed("load"));
    }

    @Override
    public Mono<Dialog> begin(ConversationKey key, Duration lease) {
        if (lease.toMillis() < 1) {
            throw new IllegalArgumentException("a turn's lease must be at least 1 ms, was " + lease);
        }
        return Mono.defer(() -> {
                    String turn = UUID.randomUUID().toString();
                    return RedisScript.LOAD
                            .run(redis, loadKeys(key), utf8(turn), utf8(lease.toMillis()))
                            .onErrorMap(RedisException.class, e -> unavailable("load", e))
                            .flatMap(reply -> number(reply, 0) == -1
                                    ? Mono.error(new DialogBusyException(key))
                                    : loaded(key, reply)
                                            .map(dialog -> holding(dialog, turn))
                                            // the state could not be read after all: the turn ends here
                                            .onErrorResume(e -> ended(release(key, turn), e)));
                })
                .transformDeferred(metrics.timed("load"));
    }

    @Override
    public Mono<Void> release(Dialog begun) {
        if (begun.turn() == null) {
            return Mono.empty();
        }
        return release(begun.key(), begun.turn());
    }

    private Mono<Void> release(ConversationKey key, String turn) {
        return Mono.defer(() -> RedisScript.RELEASE.run(redis, new String[] {keys.turn(key)}, utf8(turn)))
                .onErrorMap(RedisException.class, e -> unavailable("release", e))
                .then();
    }

    /** {@code failure} once {@code release} is done; a release that fails too leaves the lease to run out. */
    private static <T> Mono<T> ended(Mono<Void> release, Throwable failure) {
        return release.onErrorResume(e -> Mono.empty()).then(Mono.error(failure));
    }

    private String[] loadKeys(ConversationKey key) {
        return new String[] {
            keys.meta(key), keys.window(key), keys.summary(key), keys.erased(key), keys.unsynced(key), keys.turn(key)
        };
    }

    private Mono<Dialog> loaded(ConversationKey key, List<Object> reply) {
        return number(reply, 0) == 1
                ? Mono.just(stored.live(key, list(reply, 1), list(reply, 2), list(reply, 3)))
                : missing(key, number(reply, 1) == 1, number(reply, 2));
    }

    private static Dialog holding(Dialog d, String turn) {
        return new Dialog(
                d.key(), d.version(), d.origin(), d.window(), d.summary(), d.domainState(), d.counters(), turn);
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
            keys.meta(key),
            keys.window(key),
            keys.summary(key),
            keys.erased(key),
            keys.unsynced(key),
            keys.outbox(),
            keys.turn(key)
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
                // refused before the script ran: the turn ends all the same
                .onErrorResume(InvalidTurnException.class, e -> ended(release(loaded), e))
                .transformDeferred(metrics.timed("append"));
    }

    private byte[][] saveArguments(Dialog loaded, Turn turn, DomainState domain, WindowPolicy.Advance next) {
        boolean fresh = loaded.version() == 0;
        List<Exchange> pushed = fresh ? next.window() : List.of(turn.exchange());
        List<byte[]> args = new ArrayList<>();
        args.add(utf8(loaded.version()));
        args.add(utf8(limits.idleTtl().toMillis()));
        args.add(utf8(loaded.turn() == null ? "" : loaded.turn()));
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
                loaded.counters().plus(turn),
                null);
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
