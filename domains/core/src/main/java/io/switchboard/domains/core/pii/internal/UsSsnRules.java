package io.switchboard.domains.core.pii.internal;

import io.switchboard.domains.core.pii.PiiMatch;
import io.switchboard.domains.core.pii.PiiType;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * US social security numbers: area (not 000, 666 or 9xx), group (not 00) and serial (not 0000). Written
 * {@code 123-45-6789} they stand on their own; spaced or as nine bare digits they need a cue such as "SSN".
 */
final class UsSsnRules {

    private static final String BEFORE = "(?<![A-Za-z0-9_+.-])";
    private static final String AFTER = "(?![A-Za-z0-9_]|[.-]\\d)" + Cues.AMOUNT_AHEAD;

    private static final Pattern GROUPED = Pattern.compile(BEFORE + "\\d{3}([ -])\\d{2}\\1\\d{4}" + AFTER);
    private static final Pattern BARE = Pattern.compile(BEFORE + "\\d{9}" + AFTER);

    private static final Pattern CUES = Cues.anyOf(
            "ssn",
            "social security",
            "social-security",
            "ss#",
            "ss number",
            "ss no",
            "tax id",
            "taxpayer",
            "社会安全号",
            "社会保障号",
            "社安号");

    private UsSsnRules() {}

    static List<Rule> rules() {
        return List.of(
                new Rule(
                        PiiType.US_SSN,
                        GROUPED,
                        (text, m, out) -> assess(text, m, m.group(1).equals("-") ? 0.6 : 0.4, out)),
                new Rule(PiiType.US_SSN, BARE, (text, m, out) -> assess(text, m, 0.3, out)));
    }

    private static void assess(CharSequence text, MatchResult m, double base, List<PiiMatch> out) {
        if (!valid(Digits.only(m.group()))) {
            return;
        }
        double confidence = Cues.boosted(base, Cues.precededBy(CUES, text, m.start()));
        confidence = Cues.unlessIdentifierOrAmount(confidence, text, m.start(), m.end());
        out.add(new PiiMatch(m.start(), m.end(), PiiType.US_SSN, confidence));
    }

    static boolean valid(String nineDigits) {
        int area = Integer.parseInt(nineDigits.substring(0, 3));
        int group = Integer.parseInt(nineDigits.substring(3, 5));
        int serial = Integer.parseInt(nineDigits.substring(5));
        return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
    }
}
