package io.switchboard.dialog.internal;

import io.switchboard.dialog.ConversationKey;
import io.switchboard.dialog.Dialog;
import reactor.core.publisher.Mono;

/** The durable side of a conversation that the Redis state falls back on: rebuild after loss, and erasure. */
interface Transcripts {

    /** A dialog rebuilt from the transcript: {@code NEW}, {@code REBUILT} or {@code LOST}, version 0. */
    Mono<Dialog> recover(ConversationKey key);

    Mono<Void> erase(ConversationKey key);

    /** No transcript configured: a missing state can only be taken for a new conversation (development only). */
    Transcripts NONE = new Transcripts() {
        @Override
        public Mono<Dialog> recover(ConversationKey key) {
            return Mono.just(Dialog.empty(key));
        }

        @Override
        public Mono<Void> erase(ConversationKey key) {
            return Mono.empty();
        }
    };
}
