package io.switchboard.domains.medical.internal;

import io.switchboard.domains.core.text.GuardedPattern;
import io.switchboard.domains.medical.RedFlag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The red-flag patterns per category and the context rules (negation, history, resolution, questions) around them. A
 * pattern is searched only when the text meets the literal clauses every match of it meets ({@link GuardedPattern}:
 * e.g. "pain" or "ache", and "left arm" or "jaw"); one pass over the text finds which literals occur, so an ordinary
 * sentence runs a handful of the several hundred patterns instead of all of them, with the same finding.
 */
public final class RedFlagRules {

    record Rule(String category, Pattern pattern) {}

    private final List<Rule> rules;
    /** Per rule, clauses of literal ids: each match contains one literal of every clause (none: the rule always runs). */
    private final int[][][] needs;

    private final String[] literals;
    private final Trie trie;

    private RedFlagRules(List<Rule> rules) {
        this.rules = rules;
        this.needs = new int[rules.size()][][];
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            needs[i] = GuardedPattern.compile(rules.get(i).pattern().pattern()).clauses().stream()
                    .map(clause -> clause.stream()
                            .mapToInt(s -> ids.computeIfAbsent(s, k -> ids.size()))
                            .toArray())
                    .toArray(int[][]::new);
        }
        this.literals = ids.keySet().toArray(String[]::new);
        this.trie = new Trie(literals);
    }

    public static RedFlagRules standard() {
        return new RedFlagRules(RedFlagPatterns.all());
    }

    public Optional<RedFlag> find(String text) {
        return find(text, normalize(text));
    }

    /** As {@link #find(String)} for a text already {@link #normalize normalized} to {@code lower}. */
    Optional<RedFlag> find(String text, String lower) {
        boolean[] present = present(lower);
        for (int i = 0; i < rules.size(); i++) {
            if (mayMatch(i, present)) {
                Optional<RedFlag> found = find(rules.get(i), text, lower);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Every rule searched in turn, with no prefilter: the reference {@link #find(String)} must agree with. */
    Optional<RedFlag> findWithoutPrefilter(String text) {
        String lower = normalize(text);
        for (Rule rule : rules) {
            Optional<RedFlag> found = find(rule, text, lower);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Whether the prefilter lets each rule run on the normalized text, in rule order (for the equivalence tests). */
    List<Boolean> admitted(String lower) {
        boolean[] present = present(lower);
        List<Boolean> admitted = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            admitted.add(mayMatch(i, present));
        }
        return admitted;
    }

    List<Rule> rules() {
        return rules;
    }

    private static Optional<RedFlag> find(Rule rule, String text, String lower) {
        Matcher m = rule.pattern().matcher(lower);
        while (m.find()) {
            if (!RedFlagContext.discounts(rule.category(), lower, m.start(), m.end())) {
                String source = lower.length() == text.length() ? text : lower;
                return Optional.of(new RedFlag(rule.category(), source.substring(m.start(), m.end())));
            }
        }
        return Optional.empty();
    }

    private boolean[] present(String lower) {
        boolean[] present = new boolean[literals.length];
        trie.mark(lower, present);
        return present;
    }

    private boolean mayMatch(int rule, boolean[] present) {
        for (int[] clause : needs[rule]) {
            if (!anyPresent(clause, present)) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyPresent(int[] ids, boolean[] present) {
        for (int id : ids) {
            if (present[id]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The literals in a trie of sorted character arrays (no boxing on the hot path): from each position of the text the
     * walk follows the text as far as some literal does, so its cost is the depth matched, not the number of literals.
     */
    private static final class Trie {

        private char[] edges = new char[0];
        private Trie[] children = new Trie[0];
        private int id = -1;

        Trie(String[] literals) {
            for (int id = 0; id < literals.length; id++) {
                Trie node = this;
                for (int k = 0; k < literals[id].length(); k++) {
                    node = node.child(literals[id].charAt(k));
                }
                node.id = id;
            }
        }

        private Trie() {}

        private Trie child(char c) {
            int at = Arrays.binarySearch(edges, c);
            if (at >= 0) {
                return children[at];
            }
            int insert = -at - 1;
            Trie child = new Trie();
            char[] e = new char[edges.length + 1];
            Trie[] ch = new Trie[children.length + 1];
            System.arraycopy(edges, 0, e, 0, insert);
            System.arraycopy(children, 0, ch, 0, insert);
            e[insert] = c;
            ch[insert] = child;
            System.arraycopy(edges, insert, e, insert + 1, edges.length - insert);
            System.arraycopy(children, insert, ch, insert + 1, children.length - insert);
            edges = e;
            children = ch;
            return child;
        }

        /** Marks every literal that occurs in the text. */
        void mark(String text, boolean[] present) {
            int length = text.length();
            for (int from = 0; from < length; from++) {
                Trie node = this;
                for (int at = from; at < length; at++) {
                    int edge = Arrays.binarySearch(node.edges, text.charAt(at));
                    if (edge < 0) {
                        break;
                    }
                    node = node.children[edge];
                    if (node.id >= 0) {
                        present[node.id] = true;
                    }
                }
            }
        }
    }

    /**
     * Lower-cases and repairs the spellings patients type in a hurry, so that the patterns need only one form: missing
     * apostrophes ("cant", "wont", "im"), intensifiers ("really", "very": a pattern need not list them), curly apostrophes and a few frequent misspellings of red-flag words.
     */
    public static String normalize(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
        for (int i = 0; i < REPAIRS.size(); i++) {
            lower = REPAIRS.get(i).replaceAll(lower, REPAIR_TEXTS.get(i));
        }
        return lower;
    }

    /** The old normalization, each misspelling's pattern compiled per call (the reference for the equivalence tests). */
    static String normalizeCompilingEachCall(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
        lower = CONTRACTION.matcher(lower).replaceAll("$1'$2");
        lower = I_AM.matcher(lower).replaceAll("i'm");
        lower = INTENSIFIER.matcher(lower).replaceAll("");
        for (int i = 0; i < TYPOS.length; i++) {
            lower = lower.replaceAll(TYPOS[i].pattern(), TYPO_FIXES[i]);
        }
        return lower;
    }

    private static final Pattern CONTRACTION =
            Pattern.compile("\\b(can|won|don|isn|doesn|didn|wasn|hasn|haven|couldn|aren|wouldn|shouldn|weren)(t)\\b");
    private static final Pattern INTENSIFIER =
            Pattern.compile("\\b(?:really|very|super|extremely|terribly|awfully|seriously|incredibly|totally) ");
    private static final Pattern I_AM = Pattern.compile("\\bim\\b");
    private static final Pattern[] TYPOS = {
        Pattern.compile("\\bat+ac?k\\b"),
        Pattern.compile("\\bheart ?attack\\b"),
        Pattern.compile("\\bbreath(?= (?:properly|right|normally|well|at all|in|out))"),
        Pattern.compile("\\bcan't breath\\b"),
        Pattern.compile("\\bsie?zure"),
        Pattern.compile("\\bun-?con(?:c|s)?(?:i|ious|cious|sious)\\b"),
        Pattern.compile("\\bble(?:e)?d(?:ding|ing)\\b"),
        Pattern.compile("\\bsuicidle\\b|\\bsuicidel\\b"),
        Pattern.compile("\\bchset\\b|\\bchets\\b"),
        Pattern.compile("\\bstrok\\b"),
        Pattern.compile("\\bover ?doze\\w*|\\bod'?d\\b"),
        Pattern.compile("\\bcouldnt\\b")
    };
    private static final String[] TYPO_FIXES = {
        "attack",
        "heart attack",
        "breathe",
        "can't breathe",
        "seizure",
        "unconscious",
        "bleeding",
        "suicidal",
        "chest",
        "stroke",
        "overdosed",
        "couldn't"
    };
    /** The rewrites of {@link #normalize} (for the tests that check each one's prefilter). */
    static List<GuardedPattern> repairs() {
        return REPAIRS;
    }

    /** The rewrites in order, each skipped when the text cannot hold a match of it. */
    private static final List<GuardedPattern> REPAIRS = Stream.concat(
                    Stream.of(CONTRACTION, I_AM, INTENSIFIER), Arrays.stream(TYPOS))
            .map(p -> GuardedPattern.compile(p.pattern()))
            .toList();

    private static final List<String> REPAIR_TEXTS = Stream.concat(
                    Stream.of("$1'$2", "i'm", ""), Arrays.stream(TYPO_FIXES))
            .toList();
}
