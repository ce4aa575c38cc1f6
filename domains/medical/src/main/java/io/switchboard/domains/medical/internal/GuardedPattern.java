package io.switchboard.domains.medical.internal;

import java.util.regex.Pattern;

/**
 * A pattern together with the literal clauses every match of it satisfies ({@link RequiredText}): a text that fails
 * them is not searched, which costs a few {@code contains} calls instead of trying the pattern at every position.
 */
record GuardedPattern(Pattern pattern, String[][] clauses) {

    static GuardedPattern compile(String regex) {
        return new GuardedPattern(
                Pattern.compile(regex),
                RequiredText.of(regex).stream()
                        .map(clause -> clause.toArray(String[]::new))
                        .toArray(String[][]::new));
    }

    /** False only when no match can exist in the text. */
    boolean mayMatch(String text) {
        for (String[] clause : clauses) {
            if (!containsAny(text, clause)) {
                return false;
            }
        }
        return true;
    }

    /** The same answer as {@code pattern().matcher(text).find()}. */
    boolean foundIn(String text) {
        return mayMatch(text) && pattern.matcher(text).find();
    }

    /** The same answer as {@code pattern().matcher(text).replaceAll(replacement)}. */
    String replaceAll(String text, String replacement) {
        return mayMatch(text) ? pattern.matcher(text).replaceAll(replacement) : text;
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
