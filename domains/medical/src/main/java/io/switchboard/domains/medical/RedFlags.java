package io.switchboard.domains.medical;

import io.switchboard.domains.medical.internal.RedFlagDetector;
import java.util.Optional;

/**
 * Finds red-flag symptoms in English and Chinese text — by rules, and behind them a learnt model for wordings the rules
 * lack; a mention that is negated ("no chest pain"), in the past ("had a stroke ten years ago"), resolved, about a
 * relative's past, or a question about warning signs is not one.
 */
public final class RedFlags {

    private final RedFlagDetector detector = RedFlagDetector.standard();

    public Optional<RedFlag> find(String text) {
        return detector.find(text);
    }
}
