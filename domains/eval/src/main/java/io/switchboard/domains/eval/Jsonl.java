package io.switchboard.domains.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a JSON-lines file; a malformed line is a clear error naming the line. */
final class Jsonl {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Jsonl() {}

    static List<JsonNode> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<JsonNode> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                rows.add(MAPPER.readTree(lines.get(i)));
            } catch (JacksonException e) {
                throw new IllegalArgumentException("line " + (i + 1) + " is not JSON", e);
            }
        }
        return rows;
    }

    static String text(JsonNode row, String field) {
        JsonNode node = row.get(field);
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException("a row lacks field '" + field + "': " + row);
        }
        return node.asString();
    }

    static String json(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
