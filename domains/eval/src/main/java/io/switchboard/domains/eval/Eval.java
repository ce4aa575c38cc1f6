package io.switchboard.domains.eval;

import io.switchboard.domains.core.pii.PiiEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code scripts/eval pii|triage|intents FILE.jsonl}: a readable table, then one JSON object as the last line. */
public final class Eval {

    private Eval() {}

    public static void main(String[] args) {
        if (args.length != 2 || !Files.isRegularFile(Path.of(args[1]))) {
            System.err.println("usage: scripts/eval pii|triage|intents FILE.jsonl (an existing file)");
            System.exit(2);
        }
        Path file = Path.of(args[1]);
        try {
            switch (args[0]) {
                case "pii" -> print(PiiEvaluation.table(file), PiiEvaluation.json(file));
                case "triage" -> {
                    TriageScores scores = TriageScores.of(Jsonl.read(file));
                    print(scores.table(), scores.json());
                }
                case "intents" -> {
                    IntentScores scores = IntentScores.of(Jsonl.read(file));
                    print(scores.table(), scores.json());
                }
                default -> {
                    System.err.println("unknown evaluation '" + args[0] + "': use pii, triage or intents");
                    System.exit(2);
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("cannot evaluate " + file + ": " + e.getMessage());
            System.exit(1);
        }
    }

    private static void print(String table, String json) {
        System.out.println(table.stripTrailing());
        System.out.println(json.strip());
    }
}
