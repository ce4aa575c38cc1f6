package io.switchboard.domains.medical.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.domains.core.intent.IntentExample;
import io.switchboard.domains.core.intent.IntentExamples;
import io.switchboard.domains.core.text.GuardedPattern;
import io.switchboard.domains.medical.MedicalDomain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules' prefilters change only the speed: over every sentence the project has (training files, every held-out
 * batch and the dev set of domains/eval), each pattern the prefilter skips has no match, and the findings and the
 * normalized text are the same as searching every rule with patterns compiled per call.
 */
class RedFlagPrefilterTests {

    private static final Pattern JSON_TEXT = Pattern.compile("\"text\": ?\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static List<String> sentences;

    private final RedFlagRules rules = RedFlagRules.standard();

    @BeforeAll
    static void readSentences() throws IOException {
        List<String> all = new ArrayList<>();
        Stream.of("red-flag-examples.tsv", "red-flag-batches.tsv")
                .flatMap(file -> IntentExamples.fromResource(MedicalDomain.class, file).stream())
                .map(IntentExample::text)
                .forEach(all::add);
        Path eval = Path.of("../eval/src/test/resources");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(eval)) {
            files = walk.filter(p -> p.getFileName().toString().startsWith("triage-"))
                    .sorted()
                    .toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(12);
        for (Path file : files) {
            for (String line : Files.readAllLines(file)) {
                Matcher m = JSON_TEXT.matcher(line);
                if (m.find()) {
                    all.add(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
                }
            }
        }
        sentences = List.copyOf(all);
        assertThat(sentences).hasSizeGreaterThan(3000);
    }

    @Test
    void normalizingGivesTheSameTextAsCompilingEachRepairPerCall() {
        for (String s : sentences) {
            assertThat(RedFlagRules.normalize(s)).as(s).isEqualTo(RedFlagRules.normalizeCompilingEachCall(s));
        }
    }

    @Test
    void theRulesFindWhatSearchingEveryRuleFinds() {
        int found = 0;
        for (String s : sentences) {
            var expected = rules.findWithoutPrefilter(s);
            assertThat(rules.find(s)).as(s).isEqualTo(expected);
            found += expected.isPresent() ? 1 : 0;
        }
        assertThat(found).as("sentences with a rule finding").isGreaterThan(1000);
    }

    @Test
    void noRuleWithAMatchIsSkipped() {
        for (String s : sentences) {
            String lower = RedFlagRules.normalize(s);
            List<Boolean> admitted = rules.admitted(lower);
            for (int i = 0; i < admitted.size(); i++) {
                Pattern pattern = rules.rules().get(i).pattern();
                if (pattern.matcher(lower).find()) {
                    assertThat(admitted.get(i)).as(pattern + " on " + lower).isTrue();
                }
            }
        }
    }

    @Test
    void noContextPatternOrRepairWithAMatchIsSkipped() {
        List<GuardedPattern> guarded = new ArrayList<>(RedFlagContext.patterns());
        guarded.addAll(RedFlagRules.repairs());
        for (String s : sentences) {
            String lower = RedFlagRules.normalize(s);
            for (String text : List.of(lower, s.toLowerCase(java.util.Locale.ROOT))) {
                for (GuardedPattern g : guarded) {
                    if (g.pattern().matcher(text).find()) {
                        assertThat(g.mayMatch(text))
                                .as(g.pattern() + " on " + text)
                                .isTrue();
                    }
                }
            }
        }
    }

    @Test
    void mostRulesAreSkippedOnAnOrdinarySentence() {
        long admitted = rules.admitted(RedFlagRules.normalize("can I book a flu jab for Thursday afternoon?")).stream()
                .filter(a -> a)
                .count();

        assertThat(admitted).isLessThan(10);
    }
}
