package io.switchboard.domains.core.intent.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a sentence into a sparse, L2-normalised TF-IDF vector of character 1–4-grams (which carry Chinese, where
 * words are not spaced, and English word parts) and word uni- and bigrams.
 */
public final class Features {

    private static final Pattern SEPARATORS = Pattern.compile("[\\p{Punct}\\p{IsPunctuation}\\s]+");

    private final Map<String, Integer> index;
    private final double[] idf;

    private Features(Map<String, Integer> index, double[] idf) {
        this.index = index;
        this.idf = idf;
    }

    public static Features fit(List<String> texts) {
        Map<String, Integer> index = new HashMap<>();
        Map<Integer, Integer> documents = new HashMap<>();
        for (String text : texts) {
            for (String gram : grams(text).keySet()) {
                int id = index.computeIfAbsent(gram, g -> index.size());
                documents.merge(id, 1, Integer::sum);
            }
        }
        double[] idf = new double[index.size()];
        documents.forEach((id, df) -> idf[id] = Math.log((1.0 + texts.size()) / (1.0 + df)) + 1);
        return new Features(index, idf);
    }

    public int size() {
        return idf.length;
    }

    public SparseVector vector(String text) {
        java.util.TreeMap<Integer, Double> weights = new java.util.TreeMap<>();
        grams(text).forEach((gram, count) -> {
            Integer id = index.get(gram);
            if (id != null) {
                weights.put(id, (1 + Math.log(count)) * idf[id]);
            }
        });
        double norm =
                Math.sqrt(weights.values().stream().mapToDouble(v -> v * v).sum());
        int[] ids = new int[weights.size()];
        double[] values = new double[weights.size()];
        int i = 0;
        for (Map.Entry<Integer, Double> e : weights.entrySet()) {
            ids[i] = e.getKey();
            values[i++] = e.getValue() / norm;
        }
        return new SparseVector(ids, values);
    }

    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(folded).replaceAll(" ").strip();
    }

    static Map<String, Integer> grams(String text) {
        String clean = normalise(text);
        Map<String, Integer> grams = new HashMap<>();
        String padded = " " + clean + " ";
        for (int n = 1; n <= 4; n++) {
            for (int i = 0; i + n <= padded.length(); i++) {
                String gram = padded.substring(i, i + n);
                if (!gram.isBlank()) {
                    grams.merge("c" + gram, 1, Integer::sum);
                }
            }
        }
        List<String> words = new ArrayList<>();
        for (String w : clean.split(" ")) {
            if (!w.isEmpty() && w.chars().allMatch(c -> c < 0x2E80)) {
                words.add(w);
            }
        }
        for (int i = 0; i < words.size(); i++) {
            grams.merge("w" + words.get(i), 1, Integer::sum);
            if (i + 1 < words.size()) {
                grams.merge("b" + words.get(i) + " " + words.get(i + 1), 1, Integer::sum);
            }
        }
        return grams;
    }
}
