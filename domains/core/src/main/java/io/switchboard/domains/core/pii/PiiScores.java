package io.switchboard.domains.core.pii;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * How well the recognizers did on a labelled set: exact-span counts per type and over all types (micro), and the
 * mistakes, for a developer to read.
 */
public record PiiScores(Score micro, Map<PiiType, Score> perType, List<Mistake> mistakes) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public PiiScores {
        perType = Map.copyOf(perType);
        mistakes = List.copyOf(mistakes);
    }

    /** One line of JSON: {@code {"micro": {"precision": P, "recall": R, "f1": F}, "per_type": {...}}}. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.set("micro", micro.toJson(false));
        ObjectNode types = root.putObject("per_type");
        for (PiiType type : PiiType.values()) {
            types.set(type.name(), perType.get(type).toJson(true));
        }
        return JSON.writeValueAsString(root);
    }

    /** A table for people: one row per type, then the micro average. */
    public String toTable() {
        StringBuilder table = new StringBuilder();
        table.append(String.format(
                Locale.ROOT, "%-16s %9s %9s %9s %6s %6s %6s%n", "type", "precision", "recall", "f1", "tp", "fp", "fn"));
        for (PiiType type : PiiType.values()) {
            table.append(perType.get(type).row(type.name()));
        }
        table.append(micro.row("micro"));
        return table.toString();
    }

    /** The mistakes, one per line (at most {@code limit}). */
    public String mistakesReport(int limit) {
        List<String> lines = new ArrayList<>();
        mistakes.stream().limit(limit).forEach(m -> lines.add(m.toString()));
        return String.join(System.lineSeparator(), lines);
    }

    /** Exact-match counts and the measures derived from them; with nothing to find or nothing found, 1.0. */
    public record Score(int truePositives, int falsePositives, int falseNegatives) {

        public double precision() {
            int predicted = truePositives + falsePositives;
            return predicted == 0 ? 1.0 : (double) truePositives / predicted;
        }

        public double recall() {
            int labelled = truePositives + falseNegatives;
            return labelled == 0 ? 1.0 : (double) truePositives / labelled;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score other) {
            return new Score(
                    truePositives + other.truePositives,
                    falsePositives + other.falsePositives,
                    falseNegatives + other.falseNegatives);
        }

        private ObjectNode toJson(boolean withSupport) {
            ObjectNode node = JSON.createObjectNode();
            node.put("precision", round(precision()));
            node.put("recall", round(recall()));
            node.put("f1", round(f1()));
            if (withSupport) {
                node.put("support", truePositives + falseNegatives);
            }
            return node;
        }

        private String row(String name) {
            return String.format(
                    Locale.ROOT,
                    "%-16s %9.4f %9.4f %9.4f %6d %6d %6d%n",
                    name,
                    precision(),
                    recall(),
                    f1(),
                    truePositives,
                    falsePositives,
                    falseNegatives);
        }

        private static double round(double value) {
            return Math.round(value * 10_000) / 10_000.0;
        }
    }

    /** A labelled span that was missed, or a found span with no label. */
    public record Mistake(String id, String kind, PiiType type, String value, String text) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-8s %-14s %-30s %s  | %s", kind, type, value, id, text);
        }
    }

    static Map<PiiType, Score> emptyPerType() {
        Map<PiiType, Score> perType = new LinkedHashMap<>();
        for (PiiType type : PiiType.values()) {
            perType.put(type, new Score(0, 0, 0));
        }
        return perType;
    }
}
