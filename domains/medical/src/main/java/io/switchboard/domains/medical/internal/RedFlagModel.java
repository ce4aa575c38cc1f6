package io.switchboard.domains.medical.internal;

import io.switchboard.domains.core.intent.IntentClassifier;
import io.switchboard.domains.core.intent.IntentExample;
import io.switchboard.domains.core.intent.IntentExamples;
import io.switchboard.domains.medical.MedicalDomain;
import java.util.List;
import java.util.stream.Stream;

/**
 * The learnt second opinion behind the rules: the intent classifier's character n-gram softmax, trained on labelled
 * red-flag sentences (eight categories and {@code none}), gives the probability that a turn is a red flag of any
 * category, and the most likely category.
 */
public final class RedFlagModel {

    public static final String NONE = "none";

    /** The most likely category other than {@code none}, and the probability that the turn is a red flag at all. */
    public record Suspicion(String category, double probability) {}

    private final IntentClassifier classifier;
    private final List<String> labels;
    private final int none;

    private RedFlagModel(IntentClassifier classifier) {
        this.classifier = classifier;
        this.labels = classifier.intents();
        this.none = labels.indexOf(NONE);
    }

    /**
     * The model trained once per JVM on the sentences the project ships: {@code red-flag-examples.tsv} (written for
     * training) and {@code red-flag-batches.tsv} (the earlier held-out batches, after their first runs).
     */
    public static RedFlagModel standard() {
        return Standard.MODEL;
    }

    /** Trains on labelled sentences (a category or {@code none}); the same examples always give the same model. */
    public static RedFlagModel train(List<IntentExample> examples) {
        List<IntentExample> normalized = examples.stream()
                .map(e -> new IntentExample(e.intent(), RedFlagRules.normalize(e.text())))
                .toList();
        if (normalized.stream().noneMatch(e -> e.intent().equals(NONE))) {
            throw new IllegalArgumentException("red-flag examples need 'none' sentences");
        }
        return new RedFlagModel(IntentClassifier.train(normalized, List.of(), 0));
    }

    /** Scores a turn already {@link RedFlagRules#normalize normalized}; a text with no known feature scores 0. */
    public Suspicion assess(String normalized) {
        double[] p = classifier.probabilities(normalized);
        int best = -1;
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            sum += p[k];
            if (k != none && (best < 0 || p[k] > p[best])) {
                best = k;
            }
        }
        return new Suspicion(labels.get(best), sum == 0 ? 0 : 1 - p[none]);
    }

    private static final class Standard {
        static final RedFlagModel MODEL = train(Stream.concat(
                        IntentExamples.fromResource(MedicalDomain.class, "red-flag-examples.tsv").stream(),
                        IntentExamples.fromResource(MedicalDomain.class, "red-flag-batches.tsv").stream())
                .toList());
    }
}
