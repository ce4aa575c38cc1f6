package io.switchboard.dialog;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One turn as it goes to the transcript: the user's message and the reply, the entities found, the model's
 * prompt tokens, timings in milliseconds (e.g. {@code ttft}, {@code total}), the worker that served it and whether
 * the reply completed.
 *
 * @param seq the turn's number in the conversation, {@code loaded.counters().turns() + 1}
 */
public record Turn(
        int seq,
        Utterance user,
        Utterance reply,
        List<Entity> entities,
        @Nullable String intent,
        int promptTokens,
        Map<String, Long> timingsMillis,
        @Nullable String worker,
        boolean completed) {

    public Turn {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(reply, "reply");
        entities = List.copyOf(entities);
        timingsMillis = Map.copyOf(timingsMillis);
        if (seq < 1) {
            throw new InvalidTurnException("seq must be at least 1: " + seq);
        }
        if (promptTokens < 0) {
            throw new InvalidTurnException("promptTokens must not be negative: " + promptTokens);
        }
    }

    /** What the context window keeps of this turn. */
    public Exchange exchange() {
        return new Exchange(seq, user.text(), user.tokens(), reply.text(), reply.tokens());
    }
}
