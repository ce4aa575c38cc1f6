package io.switchboard.domains.core.intent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads training examples from a classpath resource: one {@code intent<TAB>text} per line, {@code #} comments. */
public final class IntentExamples {

    private IntentExamples() {}

    public static List<IntentExample> fromResource(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("intent examples not found: " + resource);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<IntentExample> parse(BufferedReader reader, String source) throws IOException {
        List<IntentExample> examples = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException(source + ":" + number + ": expected intent<TAB>text");
            }
            examples.add(new IntentExample(
                    line.substring(0, tab).strip(), line.substring(tab + 1).strip()));
        }
        return examples;
    }
}
