package io.switchboard.domains.core.text;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** Reads small whole numbers written in digits, English words or Chinese numerals ("three", "三", "十二", "两"). */
public final class Numbers {

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("a", 1),
            Map.entry("an", 1),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("fourteen", 14),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("few", 3),
            Map.entry("several", 3),
            Map.entry("couple", 2));
    private static final String DIGITS = "零一二三四五六七八九";

    /** The regex alternatives that {@link #parse} understands, for use inside larger patterns. */
    public static final String PATTERN =
            "\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty"
                    + "|few|several|couple|[零一二两三四五六七八九十百]+|几";

    private Numbers() {}

    public static OptionalInt parse(String token) {
        String t = token.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return OptionalInt.empty();
        }
        if (t.chars().allMatch(Character::isDigit)) {
            return t.length() > 9 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(t));
        }
        Integer word = WORDS.get(t);
        if (word != null) {
            return OptionalInt.of(word);
        }
        if (t.equals("几")) {
            return OptionalInt.of(3);
        }
        return chinese(t.replace('两', '二'));
    }

    private static OptionalInt chinese(String t) {
        int total = 0;
        int current = 0;
        for (char c : t.toCharArray()) {
            int digit = DIGITS.indexOf(c);
            if (digit >= 0) {
                current = digit;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(total + current);
    }
}
