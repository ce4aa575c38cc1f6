package io.switchboard.domains.core.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Derives from a regular expression a set of literal strings one of which every match must contain (the pattern
 * "chest[^.]{0,20}(?:pain|ache)" needs "pain" or "ache"), so that a text holding none of them need not be searched. The
 * analysis only ever over-approximates what a match can be: a construct it does not know gives no requirement at all,
 * never a wrong one. Under {@code (?i)} (leading, inline, or as {@code (?i:...)}) Java folds US-ASCII letters only;
 * then every literal is lower-cased in ASCII and must be looked for in the text lower-cased in ASCII, which holds them
 * whatever the case of the match (a case-sensitive part of the pattern is folded too: weaker, never wrong).
 */
final class RequiredText {

    private static final int MAX_STRINGS = 64;

    /**
     * What the analysis knows of the strings a node can match: all of them ({@code exact}), or clauses each of which
     * names strings one of which every match contains (none: a match may be anything).
     */
    private record Info(@Nullable Set<String> exact, List<Set<String>> clauses) {

        static final Info UNKNOWN = new Info(null, List.of());
        static final Info EMPTY = new Info(Set.of(""), List.of());

        static Info exact(Set<String> strings) {
            return strings.size() > MAX_STRINGS ? required(List.of(strings)) : new Info(strings, List.of());
        }

        static Info required(List<Set<String>> clauses) {
            return new Info(null, clauses.stream().filter(c -> !c.contains("")).toList());
        }

        /** The clauses every match satisfies (empty when a match may be anything, or empty). */
        List<Set<String>> needed() {
            return exact != null ? required(List.of(exact)).clauses() : clauses;
        }

        /** The most selective single clause, or null. */
        @Nullable
        Set<String> best() {
            Set<String> best = null;
            for (Set<String> clause : needed()) {
                if (best == null || better(clause, best)) {
                    best = clause;
                }
            }
            return best;
        }
    }

    /** Each clause names strings one of which every match contains; all in ASCII lower case when {@code folded}. */
    record Requirement(List<Set<String>> clauses, boolean folded) {

        static final Requirement NONE = new Requirement(List.of(), false);
    }

    private static final Set<String> DIGITS =
            Collections.unmodifiableSet(new LinkedHashSet<>(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")));

    private final String regex;
    private int at;
    /** Whether the pattern turns on case-insensitive matching anywhere. */
    private boolean folded;

    private RequiredText(String regex) {
        this.regex = regex;
    }

    /**
     * Clauses that every match of the regex satisfies: each clause names strings one of which the match contains (no
     * clause when the analysis finds none). A clause keeps only its shortest strings: one containing another adds
     * nothing.
     */
    static Requirement of(String regex) {
        try {
            RequiredText parser = new RequiredText(regex);
            Info info = parser.alternation();
            if (parser.at != regex.length()) {
                return Requirement.NONE;
            }
            boolean folded = parser.folded;
            List<Set<String>> clauses = info.needed().stream()
                    .map(clause -> minimal(folded ? asciiLowerCase(clause) : clause))
                    .distinct()
                    .toList();
            return new Requirement(clauses, folded && !clauses.isEmpty());
        } catch (Unsupported | IndexOutOfBoundsException e) { // the latter: a malformed regex
            return Requirement.NONE;
        }
    }

    /** The text with US-ASCII letters lower-cased and every other character kept, as {@code (?i)} compares them. */
    static String asciiLowerCase(String text) {
        int i = 0;
        while (i < text.length() && !isAsciiUpper(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (; i < chars.length; i++) {
            if (isAsciiUpper(chars[i])) {
                chars[i] += 'a' - 'A';
            }
        }
        return new String(chars);
    }

    /** Whether looking for the string in a text or in its ASCII-lower-cased copy can differ (an ASCII letter). */
    static boolean hasAsciiLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isAsciiUpper(c) || (c >= 'a' && c <= 'z')) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static Set<String> asciiLowerCase(Set<String> clause) {
        Set<String> lower = new LinkedHashSet<>();
        clause.forEach(s -> lower.add(asciiLowerCase(s)));
        return lower;
    }

    /** The clause without the strings that contain another of its strings (a text holding them holds that one). */
    private static Set<String> minimal(Set<String> clause) {
        List<String> shortestFirst =
                clause.stream().sorted(Comparator.comparingInt(String::length)).toList();
        Set<String> kept = new LinkedHashSet<>();
        for (String s : shortestFirst) {
            if (kept.stream().noneMatch(s::contains)) {
                kept.add(s);
            }
        }
        return Collections.unmodifiableSet(kept);
    }

    private Info alternation() {
        List<Info> branches = new ArrayList<>();
        branches.add(sequence());
        while (at < regex.length() && regex.charAt(at) == '|') {
            at++;
            branches.add(sequence());
        }
        if (branches.size() == 1) {
            return branches.getFirst();
        }
        if (branches.stream().allMatch(b -> b.exact() != null)) {
            Set<String> union = new LinkedHashSet<>();
            branches.forEach(b -> union.addAll(b.exact()));
            return Info.exact(union);
        }
        Set<String> union = new LinkedHashSet<>();
        for (Info branch : branches) {
            Set<String> best = branch.best();
            if (best == null) {
                return Info.UNKNOWN;
            }
            union.addAll(best);
        }
        return Info.required(List.of(union));
    }

    /** A concatenation: exact parts are multiplied out; every part's clauses hold for the whole. */
    private Info sequence() {
        Set<String> current = Set.of("");
        boolean allExact = true;
        List<Set<String>> clauses = new ArrayList<>();
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            Info part = quantified(atom());
            if (part.exact() != null) {
                Set<String> product = product(current, part.exact());
                if (product.size() <= MAX_STRINGS) {
                    current = product;
                } else {
                    clauses.add(current);
                    current = part.exact();
                    allExact = false;
                }
            } else {
                allExact = false;
                clauses.add(current);
                current = Set.of("");
                clauses.addAll(part.clauses());
            }
        }
        if (allExact) {
            return Info.exact(current);
        }
        clauses.add(current);
        return Info.required(clauses);
    }

    private static boolean better(Set<String> a, Set<String> b) {
        int la = minLength(a);
        int lb = minLength(b);
        return la != lb ? la > lb : a.size() < b.size();
    }

    private static int minLength(Set<String> strings) {
        return strings.stream().mapToInt(String::length).min().orElse(0);
    }

    private static Set<String> product(Set<String> left, Set<String> right) {
        Set<String> product = new LinkedHashSet<>();
        for (String l : left) {
            for (String r : right) {
                product.add(l + r);
                if (product.size() > MAX_STRINGS) {
                    return product;
                }
            }
        }
        return product;
    }

    private Info quantified(Info atom) {
        if (at >= regex.length()) {
            return atom;
        }
        char c = regex.charAt(at);
        int min;
        int max;
        switch (c) {
            case '?' -> {
                at++;
                min = 0;
                max = 1;
            }
            case '*' -> {
                at++;
                min = 0;
                max = Integer.MAX_VALUE;
            }
            case '+' -> {
                at++;
                min = 1;
                max = Integer.MAX_VALUE;
            }
            case '{' -> {
                int close = regex.indexOf('}', at);
                if (close < 0) {
                    throw new Unsupported();
                }
                String[] bounds = regex.substring(at + 1, close).split(",", -1);
                try {
                    min = Integer.parseInt(bounds[0]);
                    max = bounds.length == 1
                            ? min
                            : bounds[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1]);
                } catch (NumberFormatException e) {
                    throw new Unsupported();
                }
                if (bounds.length > 2) {
                    throw new Unsupported();
                }
                at = close + 1;
            }
            default -> {
                return atom;
            }
        }
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
            at++; // lazy or possessive: the same strings can match
        }
        if (min == 0) {
            if (max == 1 && atom.exact() != null) {
                Set<String> optional = new LinkedHashSet<>(atom.exact());
                optional.add("");
                return Info.exact(optional);
            }
            return Info.UNKNOWN;
        }
        if (min == 1 && max == 1) {
            return atom;
        }
        return Info.required(atom.needed());
    }

    private Info atom() {
        char c = regex.charAt(at++);
        return switch (c) {
            case '(' -> group();
            case '[' -> characterClass();
            case '\\' -> escape();
            case '.' -> Info.UNKNOWN;
            case '^', '$' -> Info.EMPTY;
            case '*', '+', '?', '{', ')', '|' -> throw new Unsupported();
            default -> {
                if (Character.isSurrogate(c)) {
                    throw new Unsupported();
                }
                yield Info.exact(Set.of(String.valueOf(c)));
            }
        };
    }

    private Info group() {
        boolean lookaround = false;
        if (regex.startsWith("?i)", at)) {
            at += 3;
            folded = true;
            return Info.EMPTY;
        }
        if (regex.startsWith("?i:", at)) {
            at += 3;
            folded = true;
        } else if (regex.startsWith("?:", at)) {
            at += 2;
        } else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
            at += 2;
            lookaround = true;
        } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
            at += 3;
            lookaround = true;
        } else if (regex.startsWith("?", at)) {
            throw new Unsupported(); // other flags, named or atomic groups
        }
        Info inner = alternation();
        if (at >= regex.length() || regex.charAt(at) != ')') {
            throw new Unsupported();
        }
        at++;
        return lookaround ? Info.EMPTY : inner;
    }

    private Info characterClass() {
        boolean negated = regex.startsWith("^", at);
        if (negated) {
            at++;
        }
        Set<String> chars = new LinkedHashSet<>();
        boolean unknown = false;
        boolean first = true;
        while (true) {
            if (at >= regex.length()) {
                throw new Unsupported();
            }
            char c = regex.charAt(at++);
            if (c == ']' && !first) {
                break;
            }
            first = false;
            if (c == '[' || c == '&') {
                throw new Unsupported(); // nested classes, intersections
            }
            if (c == '\\') {
                char e = regex.charAt(at++);
                if (e == 'd' || e == 'D' || e == 'w' || e == 'W' || e == 's' || e == 'S') {
                    if (regex.startsWith("-", at) && !regex.startsWith("-]", at)) {
                        throw new Unsupported(); // a range from a class
                    }
                    if (e == 'd') {
                        chars.addAll(DIGITS);
                    } else {
                        unknown = true;
                    }
                    continue;
                }
                if (Character.isLetterOrDigit(e)) {
                    throw new Unsupported();
                }
                c = e;
            }
            if (at + 1 < regex.length() && regex.charAt(at) == '-' && regex.charAt(at + 1) != ']') {
                char to = regex.charAt(at + 1);
                if (to == '\\' || to == '[' || to < c) {
                    throw new Unsupported();
                }
                at += 2;
                unknown |= to - c >= 16; // too many to list (and no loop up to '\uffff')
                for (int r = c; r <= to && !unknown; r++) {
                    chars.add(String.valueOf((char) r));
                }
            } else {
                chars.add(String.valueOf(c));
            }
        }
        if (negated
                || unknown
                || chars.size() > 16
                || chars.stream().anyMatch(s -> Character.isSurrogate(s.charAt(0)))) {
            return Info.UNKNOWN;
        }
        return Info.exact(chars);
    }

    private Info escape() {
        if (at >= regex.length()) {
            throw new Unsupported();
        }
        char e = regex.charAt(at++);
        return switch (e) {
            case 'b', 'B' -> Info.EMPTY;
            case 'd' -> Info.exact(DIGITS); // [0-9]: without UNICODE_CHARACTER_CLASS, \d is ASCII
            case 'w', 'W', 'D', 's', 'S' -> Info.UNKNOWN;
            default -> {
                if (Character.isLetterOrDigit(e)) {
                    throw new Unsupported(); // \n, \p{..}, back-references and the like
                }
                yield Info.exact(Set.of(String.valueOf(e)));
            }
        };
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }
}
