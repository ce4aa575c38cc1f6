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
        String lower = normalize(text);
        boolean sameLength = lower.length() == text.length();
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(lower);
            while (m.find()) {
                if (!RedFlagContext.discounts(rule.category(), lower, m.start(), m.end())) {
                    String source = sameLength ? text : lower;
                    return Optional.of(new RedFlag(rule.category(), source.substring(m.start(), m.end())));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Lower-cases and repairs the spellings patients type in a hurry, so that the patterns need only one form: missing
     * apostrophes ("cant", "wont", "im"), intensifiers ("really", "very": a pattern need not list them), curly apostrophes and a few frequent misspellings of red-flag words.
     */
    public static String normalize(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
        lower = CONTRACTION.matcher(lower).replaceAll("$1'$2");
        lower = I_AM.matcher(lower).replaceAll("i'm");
        lower = INTENSIFIER.matcher(lower).replaceAll("");
        for (String[] typo : TYPOS) {
            lower = lower.replaceAll(typo[0], typo[1]);
        }
        return lower;
    }

    private static final Pattern CONTRACTION =
            Pattern.compile("\\b(can|won|don|isn|doesn|didn|wasn|hasn|haven|couldn|aren|wouldn|shouldn|weren)(t)\\b");
    private static final Pattern INTENSIFIER =
            Pattern.compile("\\b(?:really|very|super|extremely|terribly|awfully|seriously|incredibly|totally) ");
    private static final Pattern I_AM = Pattern.compile("\\bim\\b");
    private static final String[][] TYPOS = {
        {"\\bat+ac?k\\b", "attack"},
        {"\\bheart ?attack\\b", "heart attack"},
        {"\\bbreath(?= (?:properly|right|normally|well|at all|in|out))", "breathe"},
        {"\\bcan't breath\\b", "can't breathe"},
        {"\\bsie?zure", "seizure"},
        {"\\bun-?con(?:c|s)?(?:i|ious|cious|sious)\\b", "unconscious"},
        {"\\bble(?:e)?d(?:ding|ing)\\b", "bleeding"},
        {"\\bsuicidle\\b|\\bsuicidel\\b", "suicidal"},
        {"\\bchset\\b|\\bchets\\b", "chest"},
        {"\\bstrok\\b", "stroke"},
        {"\\bover ?doze\\w*|\\bod'?d\\b", "overdosed"},
        {"\\bcouldnt\\b", "couldn't"}
    };
}
