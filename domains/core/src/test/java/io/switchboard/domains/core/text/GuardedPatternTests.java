package io.switchboard.domains.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A guarded pattern answers as its pattern does; the guard only spares the search where no match can be. */
class GuardedPatternTests {

    private static final List<String> PATTERNS = List.of(
            "(?i)(?:\\border|订单)(?:\\s*(?:number|no\\.?|#))?\\s*#?\\s*([A-Z]{0,2}-?\\d[A-Z0-9-]{1,})|#(\\d{3,})",
            "(?i)\\b(1Z[0-9A-Z]{2}|SF\\d{2})\\b",
            "(?i)\\b[A-C]d\\b",
            "(?i:bored)|ORE|单号",
            "ab(?i)RD",
            "(?<![\\dA-Za-z])(\\d{3,})(?!\\d)");
    /** Pieces of texts: the patterns' literals in several cases, digits, separators, look-alikes that do not fold. */
    private static final List<String> PIECES = List.of(
            "order", "ORDER", "oR", "dEr", "b", "#", "1", "42", "999", " ", "-", ".", "no", "订单", "号", "sf", "SF", "1z",
            "1Z", "aB", "ab", "Rd", "rD", "c", "d", "D", "x", "\u212A", "ſ", "ORE", "单");

    @Test
    void aTextInAnotherCaseStillMayMatchACaseInsensitivePattern() {
        GuardedPattern order = GuardedPattern.compile("(?i)\\border (?:no\\.? )?#?\\d+");

        assertThat(order.clauses()).hasToString("[[order ], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]]");
        assertThat(order.mayMatch("ORDER NO. #123")).isTrue();
        assertThat(order.mayMatch("My OrDeR 5")).isTrue();
        assertThat(order.foundIn("ORDER NO. #123")).isTrue();
        assertThat(order.results("ORDER 1 and order 2").count()).isEqualTo(2);
        assertThat(order.mayMatch("ORDERS")).isFalse();
        assertThat(order.mayMatch("order none")).isFalse();
    }

    @Test
    void aCaseSensitivePatternIsGuardedByItsLiteralsAsWritten() {
        GuardedPattern sf = GuardedPattern.compile("SF\\d{12}");

        assertThat(sf.mayMatch("SF123456789012")).isTrue();
        assertThat(sf.mayMatch("sf123456789012")).isFalse();
    }

    @Test
    void noTextWithAMatchIsRejected() {
        List<GuardedPattern> guarded =
                PATTERNS.stream().map(GuardedPattern::compile).toList();
        Random random = new Random(7);
        int[] found = new int[guarded.size()];
        int[] spared = new int[guarded.size()];
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            for (int p = 0; p < guarded.size(); p++) {
                GuardedPattern g = guarded.get(p);
                boolean match = g.pattern().matcher(text).find();
                assertThat(g.foundIn(text.toString())).as(g + " on " + text).isEqualTo(match);
                found[p] += match ? 1 : 0;
                spared[p] += g.mayMatch(text.toString()) ? 0 : 1;
            }
        }
        assertThat(Arrays.stream(found).min().orElseThrow())
                .as("texts each pattern matches " + Arrays.toString(found))
                .isGreaterThan(100);
        assertThat(Arrays.stream(spared).min().orElseThrow())
                .as("texts each guard spares " + Arrays.toString(spared))
                .isGreaterThan(100);
    }
}
