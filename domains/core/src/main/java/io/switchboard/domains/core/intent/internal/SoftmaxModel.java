package io.switchboard.domains.core.intent.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Multinomial logistic regression over sparse vectors, trained by stochastic gradient descent with L2 decay in a
 * fixed, seeded order (so training is deterministic).
 */
public final class SoftmaxModel {

    private static final int EPOCHS = 60;
    private static final double RATE = 0.5;
    private static final double L2 = 1e-4;

    /** A label and its probability. */
    public record Scored(String label, double probability) {}

    private final List<String> labels;
    private final double[][] weights;
    private final double[] bias;

    private SoftmaxModel(List<String> labels, double[][] weights, double[] bias) {
        this.labels = labels;
        this.weights = weights;
        this.bias = bias;
    }

    public static SoftmaxModel train(List<SparseVector> vectors, List<String> targets, int dimensions) {
        List<String> labels = List.copyOf(new TreeSet<>(targets));
        double[][] w = new double[labels.size()][dimensions];
        double[] b = new double[labels.size()];
        SoftmaxModel model = new SoftmaxModel(labels, w, b);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            order.add(i);
        }
        int[] classes = targets.stream().mapToInt(labels::indexOf).toArray();
        Random random = new Random(7);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            java.util.Collections.shuffle(order, random);
            double rate = RATE / (1 + 0.05 * epoch);
            for (int i : order) {
                model.step(vectors.get(i), classes[i], rate);
            }
        }
        return model;
    }

    private void step(SparseVector x, int target, double rate) {
        double[] p = probabilities(x);
        for (int k = 0; k < labels.size(); k++) {
            double gradient = p[k] - (k == target ? 1 : 0);
            bias[k] -= rate * gradient;
            double[] wk = weights[k];
            int[] ids = x.ids();
            double[] values = x.values();
            for (int i = 0; i < ids.length; i++) {
                wk[ids[i]] -= rate * (gradient * values[i] + L2 * wk[ids[i]]);
            }
        }
    }

    public double[] probabilities(SparseVector x) {
        double[] z = new double[labels.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < z.length; k++) {
            double s = bias[k];
            int[] ids = x.ids();
            double[] values = x.values();
            for (int i = 0; i < ids.length; i++) {
                s += weights[k][ids[i]] * values[i];
            }
            z[k] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            z[k] = Math.exp(z[k] - max);
            sum += z[k];
        }
        for (int k = 0; k < z.length; k++) {
            z[k] /= sum;
        }
        return z;
    }

    public Scored best(SparseVector x) {
        double[] p = probabilities(x);
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return new Scored(labels.get(best), p[best]);
    }

    public List<String> labels() {
        return labels;
    }
}
