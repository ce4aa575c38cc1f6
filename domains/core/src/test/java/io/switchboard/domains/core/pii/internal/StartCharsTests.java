package io.switchboard.domains.core.pii.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.domains.core.pii.PiiType;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The start-character filter of the streaming filter skips only positions where no rule's match can begin. */
class StartCharsTests {

    private static final List<Rule> RULES = DefaultRules.forTypes(EnumSet.allOf(PiiType.class));

    @Test
    void everyShippedRuleCanBeProbed() {
        assertThat(RULES)
                .allSatisfy(rule -> assertThat(
                                Detector.StartChars.probeable(rule.pattern().pattern()))
                        .as(rule.pattern().pattern())
                        .isTrue());
    }

    @Test
    void aSkippedPositionNeverStartsAMatchNorReachesTheEnd() throws IOException, URISyntaxException {
        List<String> texts =
                Files.readAllLines(Path.of(Objects.requireNonNull(getClass().getResource("/pii/pii-dev.jsonl"))
                        .toURI()));
        int skipped = 0;
        for (Rule rule : RULES) {
            Detector.StartChars starts = new Detector.StartChars(rule.pattern());
            for (String line : texts) {
                // every prefix of the line, as a stream would see it, and every start position in it
                for (int end = 1; end <= line.length(); end += 7) {
                    Matcher m = rule.pattern()
                            .matcher(line.substring(0, end))
                            .useTransparentBounds(true)
                            .useAnchoringBounds(false);
                    for (int i = 0; i < end; i++) {
                        if (starts.mayStart(line.charAt(i))) {
                            continue;
                        }
                        skipped++;
                        m.region(i, end);
                        assertThat(m.lookingAt() || m.hitEnd())
                                .as("%s at %d of %s", rule.type(), i, line.substring(0, end))
                                .isFalse();
                    }
                }
            }
        }
        assertThat(skipped)
                .as("the filter must skip something to be worth having")
                .isGreaterThan(100_000);
    }

    @Test
    void patternsThatLookBackOrAnchorAreNotProbed() {
        assertThat(Detector.StartChars.probeable("(?<=card )\\d{4}")).isFalse();
        assertThat(Detector.StartChars.probeable("(?<![A-Za-z(])\\bx")).isFalse();
        assertThat(Detector.StartChars.probeable("^\\d+")).isFalse();
        assertThat(Detector.StartChars.probeable("(?<![A-Za-z0-9_])(?<!\\()\\d{3}"))
                .isTrue();
        assertThat(new Detector.StartChars(Pattern.compile("(?<=x)y")).mayStart('q'))
                .isTrue();
    }
}
