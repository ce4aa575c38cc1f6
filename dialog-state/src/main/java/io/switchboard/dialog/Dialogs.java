package io.switchboard.dialog;

import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * The conversations' state: load it before a turn, append the turn after it, erase a conversation everywhere.
 *
 * <p>Concurrency is optimistic: {@link #append} succeeds only if the conversation still has the version that
 * {@link #load} returned, otherwise it fails with {@link DialogConflictException} (the edge answers 409), so two
 * turns sent at once never lose an update and never interleave. {@link #begin} also refuses a second turn while
 * one is in progress, before it does any work.
 */
public interface Dialogs {

    /**
     * The conversation's state in one Redis round trip; when Redis has none it is rebuilt from the transcript
     * ({@link Origin#REBUILT}), reported as {@link Origin#LOST}, or new ({@link Origin#NEW}).
     *
     * <p>Fails with {@link ConversationErasedException}, {@link TranscriptBehindException} (retryable) or
     * {@link DialogUnavailableException} (retryable).
     */
    Mono<Dialog> load(ConversationKey key);

    /**
     * Takes the conversation's turn and loads its state, in the same single round trip: until the returned dialog is
     * appended or {@linkplain #release released}, or {@code lease} passes (a replica that died mid-turn), every
     * other {@code begin} of the conversation fails at once with {@link DialogBusyException} and reads nothing. The
     * version check of {@link #append} stays the backstop, so a lease that ran out never loses an update.
     *
     * <p>Fails like {@link #load}, and with {@link DialogBusyException} (retryable) when another turn holds it.
     */
    Mono<Dialog> begin(ConversationKey key, Duration lease);

    /** Ends a turn taken by {@link #begin} that will not be appended; nothing for a dialog only loaded. */
    Mono<Void> release(Dialog begun);

    /**
     * Saves the turn that followed {@code loaded}, with the domain state it left, in one Redis round trip that
     * also appends the turn to the transcript outbox and ends the turn {@link #begin} took (whatever the outcome);
     * the turn is acknowledged (and durable in the outbox) when the returned {@code Mono} emits.
     *
     * <p>Fails with {@link DialogConflictException} when another turn was saved since {@code loaded}, {@link
     * InvalidTurnException} on bad input, {@link ConversationErasedException} or {@link
     * DialogUnavailableException}.
     */
    Mono<Dialog> append(Dialog loaded, Turn turn, DomainState domainState);

    /** Deletes the conversation from Redis, the outbox (the writer skips its pending turns) and PostgreSQL. */
    Mono<Void> erase(ConversationKey key);
}
