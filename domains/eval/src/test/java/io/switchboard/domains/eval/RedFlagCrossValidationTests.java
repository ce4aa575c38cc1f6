package io.switchboard.domains.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.domains.core.intent.IntentExample;
import io.switchboard.domains.core.intent.IntentExamples;
import io.switchboard.domains.medical.MedicalDomain;
import io.switchboard.domains.medical.RedFlag;
import io.switchboard.domains.medical.internal.RedFlagDetector;
import io.switchboard.domains.medical.internal.RedFlagModel;
import io.switchboard.domains.medical.internal.RedFlagRules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Leave one batch out: the learnt detector alone (rules not consulted), trained on the written sentences and every other
 * held-out batch, keeps the red-flag bar on the batch it has not seen (pooled figures in docs/bench/domains.md).
 */
class RedFlagCrossValidationTests {

    private static final List<String> BATCHES = List.of(
            "triage-holdout",
            "triage-holdout-2",
            "triage-holdout-3",
            "triage-holdout-4",
            "triage-holdout-5",
            "triage-holdout-6",
            "triage-holdout-7",
            "triage-holdout-8",
            "triage-holdout-9",
            "triage-holdout-10",
            "triage-holdout-11");

    private final RedFlagRules rules = RedFlagRules.standard();

    @Test
    void theModelAloneKeepsTheBarOnEachUnseenBatch() throws Exception {
        Map<String, List<JsonNode>> batches = new LinkedHashMap<>();
        for (String batch : BATCHES) {
            batches.put(
                    batch,
                    Jsonl.read(Path.of(getClass()
                            .getResource("/holdout/" + batch + ".jsonl")
                            .toURI())));
        }
        List<IntentExample> written = IntentExamples.fromResource(MedicalDomain.class, "red-flag-examples.tsv");
        int tp = 0, fp = 0, fn = 0;
        for (String held : BATCHES) {
            List<IntentExample> training = new ArrayList<>(written);
            batches.forEach((name, rows) -> {
                if (!name.equals(held)) {
                    rows.forEach(row -> example(row).ifPresent(training::add));
                }
            });
            RedFlagDetector model = new RedFlagDetector(rules, RedFlagModel.train(training), RedFlagDetector.THRESHOLD);
            for (JsonNode row : batches.get(held)) {
                boolean gold = row.get("red_flag").asBoolean();
                boolean found = model.learnt(Jsonl.text(row, "text")).isPresent();
                tp += gold && found ? 1 : 0;
                fp += !gold && found ? 1 : 0;
                fn += gold && !found ? 1 : 0;
            }
        }

        assertThat(tp / (double) (tp + fn)).isGreaterThanOrEqualTo(0.97);
        assertThat(tp / (double) (tp + fp)).isGreaterThanOrEqualTo(0.9);
    }

    /** A held-out row as a training example; rows labelled only "red_flag" take the category the rules give them. */
    private Optional<IntentExample> example(JsonNode row) {
        String text = Jsonl.text(row, "text");
        if (!row.get("red_flag").asBoolean()) {
            return Optional.of(new IntentExample(RedFlagModel.NONE, text));
        }
        String category = Jsonl.text(row, "category");
        if (!category.equals("red_flag")) {
            return Optional.of(new IntentExample(category, text));
        }
        return rules.find(text).map(RedFlag::category).map(c -> new IntentExample(c, text));
    }
}
