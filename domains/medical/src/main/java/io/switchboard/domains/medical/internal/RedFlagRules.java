package io.switchboard.domains.medical.internal;

import io.switchboard.domains.medical.RedFlag;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The red-flag patterns per category and the context rules (negation, history, resolution, questions) around them. */
public final class RedFlagRules {

    record Rule(String category, Pattern pattern) {}

    private final List<Rule> rules;

    private RedFlagRules(List<Rule> rules) {
        this.rules = rules;
    }

    public static RedFlagRules standard() {
        return new RedFlagRules(RedFlagPatterns.all());
    }

    public Optional<RedFlag> find(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(lower);
            while (m.find()) {
                if (!RedFlagContext.discounts(rule.category(), lower, m.start(), m.end())) {
                    return Optional.of(new RedFlag(rule.category(), text.substring(m.start(), m.end())));
                }
            }
        }
        return Optional.empty();
    }
}
