package io.switchboard.domains.eval;

import io.switchboard.domains.core.pii.PiiEvaluation;
import io.switchboard.domains.core.pii.PiiScores;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * The domains' quality measured on the evaluation sets this module ships (the project's own held-out sentences,
 * never used for training): intent accuracy per domain and PII span F1 per type. The platform publishes it as
 * gauges at start-up, so a deployment shows the quality of the code it runs.
 */
public record QualityBaseline(Map<String, Double> intentAccuracy, double piiMicroF1, Map<String, Double> piiF1PerType) {

    private static final String INTENTS = "baseline/intents.jsonl";
    private static final String PII = "baseline/pii.jsonl";

    public static QualityBaseline measure() {
        Path intents = copy(INTENTS);
        Path pii = copy(PII);
        try {
            IntentScores intentScores = IntentScores.of(Jsonl.read(intents));
            Map<String, Double> accuracy = new TreeMap<>();
            intentScores.perDomain().forEach((domain, c) -> accuracy.put(domain, c[0] == 0 ? 0 : c[1] / (double) c[0]));
            PiiScores piiScores = PiiEvaluation.evaluate(pii);
            Map<String, Double> perType = new TreeMap<>();
            piiScores.perType().forEach((type, score) -> perType.put(type.name(), score.f1()));
            return new QualityBaseline(Map.copyOf(accuracy), piiScores.micro().f1(), Map.copyOf(perType));
        } finally {
            delete(intents);
            delete(pii);
        }
    }

    private static Path copy(String resource) {
        try (InputStream in = QualityBaseline.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing evaluation set " + resource);
            }
            Path file = Files.createTempFile("sb-eval", ".jsonl");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file; the OS cleans up
        }
    }
}
