package io.switchboard.domains.medical;

import io.switchboard.domains.medical.internal.RedFlagRules;
import java.util.Optional;

/**
 * Finds red-flag symptoms in English and Chinese text; a mention that is negated ("no chest pain"), in the past
 * ("had a stroke ten years ago"), resolved, about a relative's past, or a question about warning signs is not one.
 */
public final class RedFlags {

    private final RedFlagRules rules = RedFlagRules.standard();

    public Optional<RedFlag> find(String text) {
        return rules.find(text);
    }
}
