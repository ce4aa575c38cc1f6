package io.switchboard.domains.core.pii.internal;

import io.switchboard.domains.core.pii.PiiMatch;
import io.switchboard.domains.core.pii.PiiType;
import java.util.List;
import java.util.regex.Pattern;

/** E-mail addresses: a local part, an at sign and a dotted domain with a letters-only top level. */
final class EmailRules {

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}"
                    + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9_-]|\\.[A-Za-z0-9])");

    private EmailRules() {}

    static List<Rule> rules() {
        return List.of(new Rule(PiiType.EMAIL, EMAIL, (text, m, out) -> {
            if (!m.group().contains("..")) {
                out.add(new PiiMatch(m.start(), m.end(), PiiType.EMAIL, 0.95));
            }
        }));
    }
}
