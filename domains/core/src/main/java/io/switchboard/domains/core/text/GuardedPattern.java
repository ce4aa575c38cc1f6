package io.switchboard.domains.core.text;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A pattern together with the literal clauses every match of it satisfies, derived from the regex itself: a text that
 * fails them is not searched, which costs a few {@code contains} calls instead of trying the pattern at every position,
 * and every answer is the one the pattern alone gives.
 */
public final class GuardedPattern {

    private final Pattern pattern;
    private final List<Set<String>> clauses;
    /** Clauses to look for in the text as it is: the pattern minds case, or they hold no ASCII letter. */
    private final String[][] plain;
    /** Clauses to look for in the text lower-cased in ASCII (computed only for them, once per call). */
    private final String[][] folded;

    private GuardedPattern(Pattern pattern, RequiredText.Requirement requirement) {
        this.pattern = pattern;
        this.clauses = requirement.clauses();
        this.plain = arrays(clauses.stream().filter(c -> !(requirement.folded() && anyAsciiLetter(c))));
        this.folded = arrays(clauses.stream().filter(c -> requirement.folded() && anyAsciiLetter(c)));
    }

    /**
     * Compiles the regex with no flags. Of the inline flags only {@code (?i)} is understood; under any other the
     * pattern gets no clause and is searched in every text.
     */
    public static GuardedPattern compile(String regex) {
        return new GuardedPattern(Pattern.compile(regex), RequiredText.of(regex));
    }

    public Pattern pattern() {
        return pattern;
    }

    /**
     * Each clause names strings one of which every match contains (none: a match may be anything). Where the pattern
     * ignores case the strings are in ASCII lower case and hold for the text lower-cased in ASCII; a text without
     * upper-case ASCII letters holds them as it is.
     */
    public List<Set<String>> clauses() {
        return clauses;
    }

    /** False only when no match can exist in the text. */
    public boolean mayMatch(String text) {
        for (String[] clause : plain) {
            if (!containsAny(text, clause)) {
                return false;
            }
        }
        if (folded.length == 0) {
            return true;
        }
        String lower = RequiredText.asciiLowerCase(text);
        for (String[] clause : folded) {
            if (!containsAny(lower, clause)) {
                return false;
            }
        }
        return true;
    }

    /** The same answer as {@code pattern().matcher(text).find()}. */
    public boolean foundIn(String text) {
        return mayMatch(text) && pattern.matcher(text).find();
    }

    /** The same answer as {@code pattern().matcher(text).replaceAll(replacement)}. */
    public String replaceAll(String text, String replacement) {
        return mayMatch(text) ? pattern.matcher(text).replaceAll(replacement) : text;
    }

    /** The same matches as {@code pattern().matcher(text).results()}. */
    public Stream<MatchResult> results(String text) {
        return mayMatch(text) ? pattern.matcher(text).results() : Stream.empty();
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }

    private static boolean anyAsciiLetter(Set<String> clause) {
        return clause.stream().anyMatch(RequiredText::hasAsciiLetter);
    }

    private static String[][] arrays(Stream<Set<String>> clauses) {
        return clauses.map(clause -> clause.toArray(String[]::new))
                .sorted(Comparator.comparingInt(clause -> clause.length))
                .toArray(String[][]::new);
    }

    private static boolean containsAny(String text, String[] strings) {
        for (String s : strings) {
            if (text.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
