package io.switchboard.domains.core.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The recognizers on the labelled development set reach the project's quality bar. */
class PiiDevSetTests {

    @Test
    void devSetReachesTheQualityBar() throws URISyntaxException {
        PiiScores scores = PiiEvaluation.evaluate(resource("/pii/pii-dev.jsonl"));
        System.out.println(scores.toTable());
        System.out.println(scores.mistakesReport(50));
        System.out.println(scores.toJson());

        assertThat(scores.micro().f1()).isGreaterThanOrEqualTo(0.97);
        assertThat(scores.perType().get(PiiType.PAYMENT_CARD).recall()).isEqualTo(1.0);
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(
                Objects.requireNonNull(PiiDevSetTests.class.getResource(name)).toURI());
    }
}
