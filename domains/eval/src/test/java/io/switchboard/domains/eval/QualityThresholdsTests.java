package io.switchboard.domains.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quality bars of issue 7 on the development sets and on the project's own held-out sentences. */
class QualityThresholdsTests {

    @ParameterizedTest
    @ValueSource(strings = {"/dev/triage-dev.jsonl", "/holdout/triage-holdout.jsonl"})
    void redFlagsAreFoundWithHighRecallAndPrecision(String resource) throws Exception {
        TriageScores scores = TriageScores.of(Jsonl.read(path(resource)));

        assertThat(scores.recall()).isGreaterThanOrEqualTo(0.97);
        assertThat(scores.precision()).isGreaterThanOrEqualTo(0.85);
        assertThat(scores.json()).startsWith("{\"red_flag\":{\"precision\":");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dev/intents-dev.jsonl", "/io/switchboard/domains/eval/baseline/intents.jsonl"})
    void intentsAreClassifiedInEnglishAndChinese(String resource) throws Exception {
        IntentScores scores = IntentScores.of(Jsonl.read(path(resource)));

        assertThat(scores.accuracy()).isGreaterThanOrEqualTo(0.85);
        assertThat(scores.perDomain()).containsOnlyKeys("ecommerce", "finance", "medical");
        scores.perDomain()
                .values()
                .forEach(c -> assertThat(c[1] / (double) c[0]).isGreaterThanOrEqualTo(0.85));
    }

    @org.junit.jupiter.api.Test
    void theShippedBaselineReachesTheQualityBars() {
        QualityBaseline baseline = QualityBaseline.measure();

        assertThat(baseline.intentAccuracy()).containsOnlyKeys("ecommerce", "finance", "medical");
        baseline.intentAccuracy().values().forEach(a -> assertThat(a).isGreaterThanOrEqualTo(0.85));
        assertThat(baseline.piiMicroF1()).isGreaterThanOrEqualTo(0.97);
        assertThat(baseline.piiF1PerType()).containsKeys("PAYMENT_CARD", "EMAIL", "PHONE");
    }

    private static Path path(String resource) throws URISyntaxException {
        return Path.of(QualityThresholdsTests.class.getResource(resource).toURI());
    }
}
