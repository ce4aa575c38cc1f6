package io.switchboard.domains.eval;

import io.switchboard.domains.medical.RedFlags;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/** Red-flag precision, recall and F1, and accuracy over red_flag true/false. */
record TriageScores(int tp, int fp, int fn, int tn, Map<String, int[]> perCategory) {

    static TriageScores of(List<JsonNode> rows) {
        RedFlags redFlags = new RedFlags();
        int tp = 0, fp = 0, fn = 0, tn = 0;
        Map<String, int[]> perCategory = new TreeMap<>();
        for (JsonNode row : rows) {
            boolean gold = row.get("red_flag").asBoolean();
            boolean predicted = redFlags.find(Jsonl.text(row, "text")).isPresent();
            int[] counts = perCategory.computeIfAbsent(row.path("category").asString("?"), c -> new int[2]);
            counts[0]++;
            if (predicted == gold) {
                counts[1]++;
            }
            if (gold && predicted) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (gold) {
                fn++;
            } else {
                tn++;
            }
        }
        return new TriageScores(tp, fp, fn, tn, perCategory);
    }

    double precision() {
        return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double accuracy() {
        int n = tp + fp + fn + tn;
        return n == 0 ? 0 : (tp + tn) / (double) n;
    }

    String table() {
        StringBuilder out = new StringBuilder(String.format("%-14s %6s %8s%n", "category", "rows", "correct"));
        perCategory.forEach((c, n) -> out.append(String.format("%-14s %6d %8d%n", c, n[0], n[1])));
        out.append(String.format(
                "red flag: precision %.3f  recall %.3f  F1 %.3f  (tp %d, fp %d, fn %d, tn %d)%n",
                precision(), recall(), f1(), tp, fp, fn, tn));
        out.append(String.format("accuracy (red_flag true/false): %.3f%n", accuracy()));
        return out.toString();
    }

    String json() {
        Map<String, Object> redFlag = new LinkedHashMap<>();
        redFlag.put("precision", round(precision()));
        redFlag.put("recall", round(recall()));
        redFlag.put("f1", round(f1()));
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("red_flag", redFlag);
        all.put("accuracy", round(accuracy()));
        return Jsonl.json(all);
    }

    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
