package io.switchboard.domains.core.intent.internal;

import java.text.Normalizer;
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

    private final GramTable table;
    private final double[] idf;

    private Features(Map<String, Integer> index, double[] idf) {
        this.table = new GramTable(index);
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
        // order in which the norm's compensated sum and the model's dot products have always run). The grams are
        // looked up from the buffer they are built in: no string per gram (a message has a few hundred)
        int[][] found = {new int[64]};
        int[] size = {0};
        forEachGram(text, (gram, length) -> {
            int id = table.id(gram, length);
            if (id >= 0) {
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

    /** The gram's id in the fitted vocabulary, as {@link #vector} looks it up, or -1; for tests. */
    int id(String gram) {
        return table.id(gram.toCharArray(), gram.length());
    }

    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(folded).replaceAll(" ").strip();
    }

    static Map<String, Integer> grams(String text) {
        Map<String, Integer> grams = new HashMap<>();
        forEachGram(text, (gram, length) -> grams.merge(new String(gram, 0, length), 1, Integer::sum));
        return grams;
    }

    /** Receives a gram as the first {@code length} chars of a buffer that is reused for the next one. */
    @FunctionalInterface
    interface GramSink {
        void accept(char[] gram, int length);
    }

    /**
     * Every gram of the text, once per occurrence: {@code c} and a character 1–4-gram of the text padded with a space
     * at each end (not all white space), {@code w} and a word, {@code b} and two neighbouring words with a space
     * between (words: the normalised text split at spaces, without any char from the CJK radicals on, U+2E80).
     */
    private static void forEachGram(String text, GramSink sink) {
        String clean = normalise(text);
        char[] padded = (" " + clean + " ").toCharArray();
        char[] gram = new char[Math.max(5, 2 * padded.length)];
        gram[0] = 'c';
        for (int n = 1; n <= 4; n++) {
            for (int i = 0; i + n <= padded.length; i++) {
                if (!blank(padded, i, n)) {
                    System.arraycopy(padded, i, gram, 1, n);
                    sink.accept(gram, n + 1);
                }
            }
        }
        // the words as [start, end) in padded, whose spaces are the only separators left after normalise
        int[] words = new int[padded.length];
        int count = 0;
        for (int i = 1, start = 1; i < padded.length; i++) {
            if (padded[i] == ' ') {
                if (i > start && spaced(padded, start, i)) {
                    words[count++] = start;
                    words[count++] = i;
                }
                start = i + 1;
            }
        }
        for (int w = 0; w < count; w += 2) {
            int length = words[w + 1] - words[w];
            gram[0] = 'w';
            System.arraycopy(padded, words[w], gram, 1, length);
            sink.accept(gram, length + 1);
            if (w + 2 < count) {
                int next = words[w + 3] - words[w + 2];
                gram[0] = 'b';
                gram[length + 1] = ' ';
                System.arraycopy(padded, words[w + 2], gram, length + 2, next);
                sink.accept(gram, length + next + 2);
            }
        }
    }

    /** A word whose chars all lie below the CJK radicals (U+2E80): Chinese is carried by the character grams. */
    private static boolean spaced(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] >= 0x2E80) {
                return false;
            }
        }
        return true;
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
