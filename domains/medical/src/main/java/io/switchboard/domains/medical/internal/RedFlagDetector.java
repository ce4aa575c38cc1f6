package io.switchboard.domains.medical.internal;

import io.switchboard.domains.medical.RedFlag;
import java.util.Optional;

/**
 * Rules first, the learnt model behind them: a turn is a red flag when a rule fires, or when the model's red-flag
 * probability for the turn reaches the threshold and the context scopes (an opening negation, history, hypotheticals,
 * questions, mild, explained or resolved mentions) do not discount it. The category is the rule's, else the model's.
 */
public final class RedFlagDetector {

    /**
     * Chosen by leave-one-batch-out cross-validation over the held-out batches (docs/bench/domains.md, round C): the
     * lowest value whose pooled precision stayed at 0.9 or more.
     */
    public static final double THRESHOLD = 0.15;

    private final RedFlagRules rules;
    private final RedFlagModel model;
    private final double threshold;

    public RedFlagDetector(RedFlagRules rules, RedFlagModel model, double threshold) {
        this.rules = rules;
        this.model = model;
        this.threshold = threshold;
    }

    public static RedFlagDetector standard() {
        return new RedFlagDetector(RedFlagRules.standard(), RedFlagModel.standard(), THRESHOLD);
    }

    public Optional<RedFlag> find(String text) {
        String lower = RedFlagRules.normalize(text);
        Optional<RedFlag> ruled = rules.find(text, lower);
        return ruled.isPresent() ? ruled : learnt(text, lower);
    }

    /** The model's finding alone (the rules not consulted), with the same context scopes. */
    public Optional<RedFlag> learnt(String text) {
        return learnt(text, RedFlagRules.normalize(text));
    }

    private Optional<RedFlag> learnt(String text, String lower) {
        RedFlagModel.Suspicion s = model.assess(lower);
        if (s.probability() < threshold || RedFlagContext.discountsTurn(s.category(), lower)) {
            return Optional.empty();
        }
        return Optional.of(new RedFlag(s.category(), text.strip()));
    }
}
