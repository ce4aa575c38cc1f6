package io.switchboard.dialog;

import reactor.core.publisher.Mono;

/**
 * The conversations' state: load it before a turn, append the turn after it, erase a conversation everywhere.
 *
 * <p>Concurrency is optimistic: {@link #append} succeeds only if the conversation still has the version that
 * {@link #load} returned, otherwise it fails with {@link DialogConflictException} (the edge answers 409), so two
 * turns sent at once never lose an update and never interleave.
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
     * Saves the turn that followed {@code loaded}, with the domain state it left, in one Redis round trip that
     * also appends the turn to the transcript outbox; the turn is acknowledged (and durable in the outbox) when
     * the returned {@code Mono} emits.
     *
     * <p>Fails with {@link DialogConflictException} when another turn was saved since {@code loaded}, {@link
     * InvalidTurnException} on bad input, {@link ConversationErasedException} or {@link
     * DialogUnavailableException}.
     */
    Mono<Dialog> append(Dialog loaded, Turn turn, DomainState domainState);

    /** Deletes the conversation from Redis, the outbox (the writer skips its pending turns) and PostgreSQL. */
    Mono<Void> erase(ConversationKey key);
}
