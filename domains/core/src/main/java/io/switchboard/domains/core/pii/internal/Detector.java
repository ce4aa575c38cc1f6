package io.switchboard.domains.core.pii.internal;

import io.switchboard.domains.core.pii.PiiMatch;
import io.switchboard.domains.core.pii.PiiType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Runs the rules over a text, keeps the matches at or above a threshold and resolves overlaps (higher confidence,
 * then longer span, then type priority); also tells a streaming filter how much of a growing text is settled.
 */
public final class Detector {

    private static final List<PiiType> PRIORITY = List.of(
            PiiType.IBAN,
            PiiType.CN_RESIDENT_ID,
            PiiType.EMAIL,
            PiiType.PAYMENT_CARD,
            PiiType.US_SSN,
            PiiType.PHONE,
            PiiType.IP_ADDRESS,
            PiiType.DATE_OF_BIRTH);

    private static final Comparator<PiiMatch> BEST_FIRST = Comparator.comparingDouble(PiiMatch::confidence)
            .reversed()
            .thenComparing(Comparator.comparingInt(PiiMatch::length).reversed())
            .thenComparingInt(m -> PRIORITY.indexOf(m.type()))
            .thenComparingInt(PiiMatch::start);

    private final List<Rule> rules;
    private final double threshold;

    public Detector(List<Rule> rules, double threshold) {
        this.rules = List.copyOf(rules);
        this.threshold = threshold;
    }

    /** The accepted, non-overlapping matches that start at or after {@code from}, in text order. */
    public List<PiiMatch> find(CharSequence text, int from) {
        return scan(text, from).matches();
    }

    /**
     * The end of the settled part of {@code text} from {@code from} on: no text appended later can change what is
     * found before it. It never falls inside a candidate.
     */
    public int settledUntil(CharSequence text, int from) {
        int settled = firstOpenPosition(text, from);
        Scan scan = scan(text, from);
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int[] span : scan.candidates()) {
                if (span[0] < settled && span[1] > settled) {
                    settled = span[0];
                    moved = true;
                }
            }
        }
        return settled;
    }

    private int firstOpenPosition(CharSequence text, int from) {
        List<Matcher> matchers = rules.stream()
                .map(rule -> bounded(rule.pattern().matcher(text)))
                .toList();
        for (int i = from; i < text.length(); i++) {
            for (Matcher matcher : matchers) {
                matcher.region(i, text.length());
                matcher.lookingAt();
                if (matcher.hitEnd()) {
                    return i;
                }
            }
        }
        return text.length();
    }

    private Scan scan(CharSequence text, int from) {
        List<int[]> candidates = new ArrayList<>();
        List<PiiMatch> found = new ArrayList<>();
        for (Rule rule : rules) {
            Matcher matcher = bounded(rule.pattern().matcher(text));
            matcher.region(from, text.length());
            while (matcher.find()) {
                candidates.add(new int[] {matcher.start(), matcher.end()});
                rule.assessor().assess(text, matcher.toMatchResult(), found);
            }
        }
        return new Scan(resolve(found), candidates);
    }

    private List<PiiMatch> resolve(List<PiiMatch> found) {
        List<PiiMatch> ranked = found.stream()
                .filter(m -> m.confidence() >= threshold)
                .sorted(BEST_FIRST)
                .toList();
        List<PiiMatch> kept = new ArrayList<>();
        for (PiiMatch match : ranked) {
            if (kept.stream().noneMatch(match::overlaps)) {
                kept.add(match);
            }
        }
        kept.sort(Comparator.comparingInt(PiiMatch::start));
        return List.copyOf(kept);
    }

    private static Matcher bounded(Matcher matcher) {
        return matcher.useTransparentBounds(true).useAnchoringBounds(false);
    }

    private record Scan(List<PiiMatch> matches, List<int[]> candidates) {}
}
