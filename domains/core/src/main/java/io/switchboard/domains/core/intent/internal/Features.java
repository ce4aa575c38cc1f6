package io.switchboard.domains.core.intent.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
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
        Map<String, Integer> grams = grams(text);
        long[] byId = new long[grams.size()];
        double[] weights = new double[grams.size()];
        int n = 0;
        for (Map.Entry<String, Integer> e : grams.entrySet()) {
            Integer id = index.get(e.getKey());
            if (id != null) {
                weights[n] = (1 + Math.log(e.getValue())) * idf[id];
                byId[n] = ((long) id << 32) | n;
                n++;
            }
        }
        // in ascending id order, as the norm's (compensated) sum and the model's dot products have always run
        Arrays.sort(byId, 0, n);
        int[] ids = new int[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            ids[i] = (int) (byId[i] >>> 32);
            values[i] = weights[(int) byId[i]];
        }
        double norm = Math.sqrt(Arrays.stream(values).map(v -> v * v).sum());
        for (int i = 0; i < n; i++) {
            values[i] /= norm;
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
