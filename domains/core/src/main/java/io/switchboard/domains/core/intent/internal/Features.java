package io.switchboard.domains.core.intent.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
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
        // each known gram's id once per occurrence; sorted, a run of one id is its count, in ascending id order (the
        // order in which the norm's compensated sum and the model's dot products have always run)
        int[][] found = {new int[64]};
        int[] size = {0};
        forEachGram(text, gram -> {
            Integer id = index.get(gram);
            if (id != null) {
                if (size[0] == found[0].length) {
                    found[0] = Arrays.copyOf(found[0], size[0] * 2);
                }
                found[0][size[0]++] = id;
            }
        });
        int[] all = found[0];
        int total = size[0];
        Arrays.sort(all, 0, total);
        int[] ids = new int[total];
        double[] values = new double[total];
        int n = 0;
        for (int start = 0, end; start < total; start = end) {
            end = start + 1;
            while (end < total && all[end] == all[start]) {
                end++;
            }
            ids[n] = all[start];
            values[n++] = (1 + Math.log(end - start)) * idf[all[start]];
        }
        ids = Arrays.copyOf(ids, n);
        values = Arrays.copyOf(values, n);
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
        Map<String, Integer> grams = new HashMap<>();
        forEachGram(text, gram -> grams.merge(gram, 1, Integer::sum));
        return grams;
    }

    /** Every gram of the text, once per occurrence. */
    private static void forEachGram(String text, Consumer<String> sink) {
        String clean = normalise(text);
        // the character grams as "c" + the padded text's substring, built in one buffer
        char[] padded = (" " + clean + " ").toCharArray();
        char[] gram = new char[5];
        gram[0] = 'c';
        for (int n = 1; n <= 4; n++) {
            for (int i = 0; i + n <= padded.length; i++) {
                if (!blank(padded, i, n)) {
                    System.arraycopy(padded, i, gram, 1, n);
                    sink.accept(new String(gram, 0, n + 1));
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
            sink.accept("w" + words.get(i));
            if (i + 1 < words.size()) {
                sink.accept("b" + words.get(i) + " " + words.get(i + 1));
            }
        }
    }

    /** As {@link String#isBlank()} of the chars (no white space lies outside the basic plane). */
    private static boolean blank(char[] chars, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (!Character.isWhitespace(chars[i])) {
                return false;
            }
        }
        return true;
    }
}
