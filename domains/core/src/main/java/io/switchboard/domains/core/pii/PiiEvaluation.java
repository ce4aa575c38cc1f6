package io.switchboard.domains.core.pii;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the recognizers on a labelled JSONL file ({@code {"id", "lang", "text", "spans": [{start, end, type}]}} per
 * line, as {@code pii-dev.jsonl}): a found span counts only if its start, end and type all match a labelled one.
 */
public final class PiiEvaluation {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PiiEvaluation() {}

    /**
     * Prints the table for the file named by the only argument, then the JSON as the last line; exits 2 on a missing
     * or malformed file.
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: PiiEvaluation FILE.jsonl");
            System.exit(2);
        }
        try {
            PiiScores scores = evaluate(Path.of(args[0]));
            System.out.print(scores.toTable());
            System.out.println(scores.toJson());
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    /** Scores the default recognizers on the file. */
    public static PiiScores evaluate(Path jsonl) {
        return evaluate(jsonl, PiiRecognizers.defaults());
    }

    public static PiiScores evaluate(Path jsonl, PiiRecognizers recognizers) {
        List<String> lines;
        try {
            lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the evaluation file " + jsonl, e);
        }
        Map<PiiType, PiiScores.Score> perType = PiiScores.emptyPerType();
        List<PiiScores.Mistake> mistakes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                scoreLine(parse(lines.get(i), jsonl, i + 1), recognizers, perType, mistakes);
            }
        }
        PiiScores.Score micro = perType.values().stream().reduce(new PiiScores.Score(0, 0, 0), PiiScores.Score::plus);
        return new PiiScores(micro, perType, mistakes);
    }

    /** The readable table for the default recognizers on the file. */
    public static String table(Path jsonl) {
        return evaluate(jsonl).toTable();
    }

    /** The one-line JSON for the default recognizers on the file. */
    public static String json(Path jsonl) {
        return evaluate(jsonl).toJson();
    }

    private static void scoreLine(
            Example example,
            PiiRecognizers recognizers,
            Map<PiiType, PiiScores.Score> perType,
            List<PiiScores.Mistake> mistakes) {
        Set<Span> found = new HashSet<>();
        recognizers.find(example.text()).forEach(m -> found.add(new Span(m.start(), m.end(), m.type())));
        for (Span span : found) {
            boolean right = example.spans().contains(span);
            perType.merge(span.type(), new PiiScores.Score(right ? 1 : 0, right ? 0 : 1, 0), PiiScores.Score::plus);
            if (!right) {
                mistakes.add(example.mistake("spurious", span));
            }
        }
        for (Span span : example.spans()) {
            if (!found.contains(span)) {
                perType.merge(span.type(), new PiiScores.Score(0, 0, 1), PiiScores.Score::plus);
                mistakes.add(example.mistake("missed", span));
            }
        }
    }

    private static Example parse(String line, Path file, int number) {
        try {
            JsonNode node = JSON.readTree(line);
            String text = required(node, "text").asString();
            Set<Span> spans = new HashSet<>();
            for (JsonNode span : required(node, "spans")) {
                int start = required(span, "start").asInt();
                int end = required(span, "end").asInt();
                if (start < 0 || end <= start || end > text.length()) {
                    throw new IllegalArgumentException("span " + start + ".." + end + " lies outside the text");
                }
                spans.add(new Span(
                        start, end, PiiType.valueOf(required(span, "type").asString())));
            }
            JsonNode id = node.get("id");
            return new Example(id == null ? "line " + number : id.asString(), text, spans);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    file + " line " + number + ": not a labelled PII example: " + e.getMessage(), e);
        }
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing field \"" + field + "\"");
        }
        return value;
    }

    private record Span(int start, int end, PiiType type) {}

    private record Example(String id, String text, Set<Span> spans) {

        PiiScores.Mistake mistake(String kind, Span span) {
            return new PiiScores.Mistake(id, kind, span.type(), text.substring(span.start(), span.end()), text);
        }
    }
}
