package io.switchboard.domains.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits a turn into clauses (at punctuation and at contrast words such as "but" or "就是"), so a negation or a time
 * reference only reaches the words of its own clause.
 */
public final class Clauses {

    private static final Pattern BOUNDARY = Pattern.compile(
            "[,.;:!?，。；：！？、\\n]+|\\s(?:but|though|although|however|just|only|except|whereas)\\s" + "|但是|不过|可是|就是|只是|但");

    private Clauses() {}

    /** The clauses of a text, lower-cased, in order, without empty ones. */
    public static List<String> of(String text) {
        List<String> clauses = new ArrayList<>();
        for (String part : BOUNDARY.split(" " + text.toLowerCase(Locale.ROOT) + " ")) {
            if (!part.isBlank()) {
                clauses.add(part.strip());
            }
        }
        return clauses;
    }
}
