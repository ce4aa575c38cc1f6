package io.switchboard.domains.core.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PiiEvaluationTests {

    @TempDir
    Path dir;

    @Test
    void aSpanCountsOnlyWhenStartEndAndTypeAllMatch() throws IOException {
        Path file = write(
                // right
                "{\"id\":\"a\",\"text\":\"Contact: bob@example.com\",\"spans\":[{\"start\":9,\"end\":24,\"type\":\"EMAIL\"}]}",
                // labelled one char short: one false positive and one false negative
                "{\"id\":\"b\",\"text\":\"Contact: bob@example.com\",\"spans\":[{\"start\":9,\"end\":23,\"type\":\"EMAIL\"}]}",
                // labelled with the wrong type
                "{\"id\":\"c\",\"text\":\"My SSN is 467-77-4295\",\"spans\":[{\"start\":10,\"end\":21,\"type\":\"PHONE\"}]}",
                // nothing to find, nothing found
                "{\"id\":\"d\",\"text\":\"Order number 4111111111111111 never arrived.\",\"spans\":[]}");

        PiiScores scores = PiiEvaluation.evaluate(file);

        assertThat(scores.perType().get(PiiType.EMAIL)).isEqualTo(new PiiScores.Score(1, 1, 1));
        assertThat(scores.perType().get(PiiType.US_SSN)).isEqualTo(new PiiScores.Score(0, 1, 0));
        assertThat(scores.perType().get(PiiType.PHONE)).isEqualTo(new PiiScores.Score(0, 0, 1));
        assertThat(scores.micro()).isEqualTo(new PiiScores.Score(1, 2, 2));
        assertThat(scores.micro().precision()).isEqualTo(1.0 / 3);
        assertThat(scores.mistakes()).hasSize(4);
    }

    @Test
    void theJsonLineCarriesMicroAndPerTypeScores() throws IOException {
        Path file = write(
                "{\"id\":\"a\",\"text\":\"Contact: bob@example.com\",\"spans\":[{\"start\":9,\"end\":24,\"type\":\"EMAIL\"}]}");

        String line = PiiEvaluation.json(file);
        JsonNode json = JsonMapper.builder().build().readTree(line);

        assertThat(line).doesNotContain("\n");
        assertThat(json.get("micro").get("f1").asDouble()).isEqualTo(1.0);
        assertThat(json.get("micro").get("precision").asDouble()).isEqualTo(1.0);
        assertThat(json.get("micro").get("recall").asDouble()).isEqualTo(1.0);
        assertThat(json.get("micro").propertyNames()).containsExactlyInAnyOrder("precision", "recall", "f1");
        assertThat(json.get("per_type").get("EMAIL").get("support").asInt()).isEqualTo(1);
        assertThat(json.get("per_type").propertyNames()).hasSize(PiiType.values().length);
        assertThat(PiiEvaluation.table(file))
                .contains("EMAIL")
                .contains("micro")
                .contains("1.0000");
    }

    @Test
    void aBrokenLineIsReportedWithItsNumber() throws IOException {
        Path file = write("{\"id\":\"a\",\"text\":\"x\",\"spans\":[]}", "{not json", "");

        assertThatThrownBy(() -> PiiEvaluation.evaluate(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void anUnknownTypeOrASpanOutsideTheTextIsReported() throws IOException {
        Path unknown =
                write("{\"id\":\"a\",\"text\":\"abc\",\"spans\":[{\"start\":0,\"end\":1,\"type\":\"ADDRESS\"}]}");
        Path outside = write("{\"id\":\"a\",\"text\":\"abc\",\"spans\":[{\"start\":0,\"end\":9,\"type\":\"EMAIL\"}]}");

        assertThatThrownBy(() -> PiiEvaluation.evaluate(unknown)).hasMessageContaining("ADDRESS");
        assertThatThrownBy(() -> PiiEvaluation.evaluate(outside)).hasMessageContaining("outside");
    }

    private Path write(String... lines) throws IOException {
        return Files.write(Files.createTempFile(dir, "pii", ".jsonl"), java.util.List.of(lines));
    }
}
