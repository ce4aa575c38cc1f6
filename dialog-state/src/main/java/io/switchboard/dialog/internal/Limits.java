package io.switchboard.dialog.internal;

import io.switchboard.dialog.Dialog;
import io.switchboard.dialog.DomainState;
import io.switchboard.dialog.InvalidTurnException;
import io.switchboard.dialog.Turn;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Bounds a save must respect, so one turn or one plugin cannot make every later turn expensive. */
record Limits(Duration idleTtl, Duration erasureTombstoneTtl, long maxTurnBytes, long maxDomainStateBytes) {

    void check(Dialog loaded, Turn turn, DomainState domain) {
        if (turn.seq() != loaded.nextSeq()) {
            throw new InvalidTurnException(
                    "turn " + turn.seq() + " does not follow the loaded state, which expects turn " + loaded.nextSeq());
        }
        long turnBytes = bytes(turn.user().text()) + bytes(turn.reply().text());
        if (turnBytes > maxTurnBytes) {
            throw new InvalidTurnException("turn text is " + turnBytes + " bytes, over the limit of " + maxTurnBytes);
        }
        long domainBytes = bytes(domain.pinned()) + bytes(domain.flow());
        if (domainBytes > maxDomainStateBytes) {
            throw new InvalidTurnException(
                    "domain state is " + domainBytes + " bytes, over the limit of " + maxDomainStateBytes);
        }
    }

    private static long bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
