package io.switchboard.domains.core.pii.internal;

import io.switchboard.domains.core.pii.PiiMatch;
import java.util.List;
import java.util.regex.MatchResult;

/**
 * Judges one candidate that a rule's pattern found: validates it (checksums, dates, context) and adds zero or more
 * matches, which may be narrower than the candidate.
 *
 * <p>An assessor may read any text before the candidate, but after it only what the rule's pattern itself looks at
 * (a lookahead), so that a streaming filter knows when a decision can no longer change.
 */
@FunctionalInterface
public interface Assessor {

    void assess(CharSequence text, MatchResult candidate, List<PiiMatch> out);
}
