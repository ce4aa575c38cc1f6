package io.switchboard.domains.core.intent;

import io.switchboard.domains.core.intent.internal.Features;
import io.switchboard.domains.core.intent.internal.SoftmaxModel;
import io.switchboard.domains.core.intent.internal.SparseVector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A deterministic intent classifier for English and Chinese: TF-IDF weighted character n-grams and word n-grams, a
 * multinomial logistic regression trained in milliseconds, so a tenant's extra examples retrain it on the spot.
 */
public final class IntentClassifier {

    /** The models trained on a base alone, by base; one per domain in practice. */
    private static final Map<List<IntentExample>, Trained> BASE_ONLY = new ConcurrentHashMap<>();

    private record Trained(Features features, SoftmaxModel model) {}

    private final Features features;
    private final SoftmaxModel model;
    private final double threshold;

    private IntentClassifier(Features features, SoftmaxModel model, double threshold) {
        this.features = features;
        this.model = model;
        this.threshold = threshold;
    }

    /**
     * Trains on the base examples plus the tenant's; the same inputs always give the same model. Without extra
     * examples the model is the base's alone, trained once per process and shared (read-only) by every such tenant:
     * a tenant's first turn then trains nothing, and a thousand tenants hold one copy (~1 MB each otherwise).
     */
    public static IntentClassifier train(List<IntentExample> base, List<IntentExample> extra, double threshold) {
        Trained trained = extra.isEmpty()
                ? BASE_ONLY.computeIfAbsent(List.copyOf(base), examples -> fit(examples, List.of()))
                : fit(base, extra);
        return new IntentClassifier(trained.features(), trained.model(), threshold);
    }

    private static Trained fit(List<IntentExample> base, List<IntentExample> extra) {
        List<IntentExample> all = new ArrayList<>(base);
        all.addAll(extra);
        if (all.stream().map(IntentExample::intent).distinct().count() < 2) {
            throw new IllegalArgumentException("an intent classifier needs examples of at least two intents");
        }
        Features features = Features.fit(all.stream().map(IntentExample::text).toList());
        List<SparseVector> vectors =
                all.stream().map(e -> features.vector(e.text())).toList();
        SoftmaxModel model = SoftmaxModel.train(
                vectors, all.stream().map(IntentExample::intent).toList(), features.size());
        return new Trained(features, model);
    }

    public IntentPrediction classify(String text) {
        SparseVector vector = features.vector(text);
        if (vector.isEmpty()) {
            return IntentPrediction.unknown();
        }
        SoftmaxModel.Scored best = model.best(vector);
        return new IntentPrediction(best.label(), best.probability(), best.probability() >= threshold);
    }

    /**
     * The probability of every intent, in the order of {@link #intents()}; all zero for a text with no known feature.
     * For callers that need more than the best intent (e.g. the summed probability of several intents).
     */
    public double[] probabilities(String text) {
        SparseVector vector = features.vector(text);
        return vector.isEmpty() ? new double[model.labels().size()] : model.probabilities(vector);
    }

    public List<String> intents() {
        return model.labels();
    }
}
