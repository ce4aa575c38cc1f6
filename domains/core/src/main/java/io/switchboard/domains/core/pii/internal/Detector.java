package io.switchboard.domains.core.pii.internal;

import io.switchboard.domains.core.pii.PiiMatch;
import io.switchboard.domains.core.pii.PiiType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private final StartChars[] starts;

    public Detector(List<Rule> rules, double threshold) {
        this.rules = List.copyOf(rules);
        this.threshold = threshold;
        this.starts =
                this.rules.stream().map(rule -> new StartChars(rule.pattern())).toArray(StartChars[]::new);
    }

    /** The accepted, non-overlapping matches that start at or after {@code from}, in text order. */
    public List<PiiMatch> find(CharSequence text, int from) {
        return scanner().find(text, from);
    }

    /**
     * A scanner for one stream: it keeps one matcher per rule for its whole life instead of allocating them for every
     * chunk (they were a third of a turn's allocations). Not thread-safe.
     */
    public Scanner scanner() {
        return new Scanner();
    }

    /** How far a growing text is settled, and the matches from the same scan. */
    public record Settled(int until, List<PiiMatch> matches) {}

    /** One stream's matchers; see {@link #scanner()}. */
    public final class Scanner {

        private final Matcher[] matchers = new Matcher[rules.size()];

        private Scanner() {
            for (int r = 0; r < matchers.length; r++) {
                matchers[r] = rules.get(r)
                        .pattern()
                        .matcher("")
                        .useTransparentBounds(true)
                        .useAnchoringBounds(false);
            }
        }

        /** See {@link Detector#find}. */
        public List<PiiMatch> find(CharSequence text, int from) {
            return scan(text, from, null);
        }

        /**
         * The end of the settled part of {@code text} from {@code from} on (no text appended later can change what
         * is found before it; it never falls inside a candidate), with the matches from {@code from} on.
         */
        public Settled settle(CharSequence text, int from) {
            List<int[]> candidates = new ArrayList<>();
            List<PiiMatch> matches = scan(text, from, candidates);
            int settled = firstOpenPosition(text, from);
            boolean moved = true;
            while (moved) {
                moved = false;
                for (int[] span : candidates) {
                    if (span[0] < settled && span[1] > settled) {
                        settled = span[0];
                        moved = true;
                    }
                }
            }
            return new Settled(settled, matches);
        }

        /** The first position from which some rule's match may still reach past the end of {@code text}. */
        private int firstOpenPosition(CharSequence text, int from) {
            int length = text.length();
            for (Matcher matcher : matchers) {
                matcher.reset(text);
            }
            for (int i = from; i < length; i++) {
                char c = text.charAt(i);
                for (int r = 0; r < matchers.length; r++) {
                    if (!starts[r].mayStart(c)) {
                        continue;
                    }
                    Matcher matcher = matchers[r];
                    matcher.region(i, length);
                    matcher.lookingAt();
                    if (matcher.hitEnd()) {
                        return i;
                    }
                }
            }
            return length;
        }

        /** Every rule's accepted matches from {@code from} on; with {@code candidates}, also every candidate span. */
        private List<PiiMatch> scan(CharSequence text, int from, List<int[]> candidates) {
            List<PiiMatch> found = new ArrayList<>();
            int length = text.length();
            for (int r = 0; r < matchers.length; r++) {
                // what find() does, leftmost match first, but trying only the positions a match may start at
                Matcher matcher = matchers[r].reset(text);
                int i = from;
                while (i < length) {
                    if (!starts[r].mayStart(text.charAt(i))) {
                        i++;
                        continue;
                    }
                    matcher.region(i, length);
                    if (!matcher.lookingAt()) {
                        i++;
                        continue;
                    }
                    if (candidates != null) {
                        candidates.add(new int[] {matcher.start(), matcher.end()});
                    }
                    rules.get(r).assessor().assess(text, matcher.toMatchResult(), found);
                    i = Math.max(matcher.end(), i + 1);
                }
            }
            return resolve(found);
        }
    }

    private List<PiiMatch> resolve(List<PiiMatch> found) {
        if (found.isEmpty()) {
            return List.of();
        }
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

    /**
     * The characters a rule's match may begin with, learnt by probing the pattern with each character alone: when
     * every path of the pattern rejects the character without reading further, no match can start at it whatever
     * follows, so the streaming filter need not try that position (most of a reply's positions, for most rules).
     * Filled on demand, once per character; safe to share between threads.
     */
    static final class StartChars {

        private final Pattern pattern;
        private final AtomicLongArray known = new AtomicLongArray(1024);
        private final AtomicLongArray may = new AtomicLongArray(1024);

        private final boolean probing;

        StartChars(Pattern pattern) {
            this.pattern = pattern;
            this.probing = probeable(pattern.pattern());
        }

        /**
         * A probe of one character sees no text before it, so it answers for the real text only when nothing before
         * the first character consumed can reject it by looking back, except negative lookbehinds (which pass in
         * the probe, so the probe errs towards trying): patterns opening with a boundary, an anchor or a positive
         * lookbehind are always tried.
         */
        static boolean probeable(String regex) {
            int i = 0;
            while (regex.startsWith("(?<!", i) || regex.startsWith("(?i)", i)) {
                int depth = 0;
                boolean inClass = false;
                do {
                    char c = regex.charAt(i);
                    if (c == '\\') {
                        i++;
                    } else if (inClass) {
                        inClass = c != ']';
                    } else if (c == '[') {
                        inClass = true;
                    } else if (c == '(') {
                        depth++;
                    } else if (c == ')') {
                        depth--;
                    }
                    i++;
                } while (depth > 0 && i < regex.length());
            }
            String rest = regex.substring(i);
            return !(rest.startsWith("(?<=")
                    || rest.startsWith("\\b")
                    || rest.startsWith("\\B")
                    || rest.startsWith("^")
                    || rest.startsWith("\\A")
                    || rest.startsWith("\\G"));
        }

        boolean mayStart(char c) {
            if (!probing) {
                return true;
            }
            int word = c >>> 6;
            long bit = 1L << (c & 63);
            if ((known.get(word) & bit) == 0) {
                Matcher probe = pattern.matcher(String.valueOf(c));
                boolean result = probe.lookingAt() || probe.hitEnd();
                if (result) {
                    may.getAndAccumulate(word, bit, (a, b) -> a | b);
                }
                known.getAndAccumulate(word, bit, (a, b) -> a | b);
                return result;
            }
            return (may.get(word) & bit) != 0;
        }
    }
}
