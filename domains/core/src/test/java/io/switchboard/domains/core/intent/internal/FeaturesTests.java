package io.switchboard.domains.core.intent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Features#vector} looks grams up from a reused buffer; it must give, bit for bit, the TF-IDF vector that the
 * definition gives from the grams as strings ({@link Features#grams}) — for texts seen in fitting and unseen ones,
 * with punctuation, Chinese, full-width forms, odd white space and chars outside the basic plane.
 */
class FeaturesTests {

    private static final List<String> FITTED = List.of(
            "Where is my order #A-12345?",
            "I want to return these boots, they don't fit",
            "我的订单什么时候到？",
            "退货  退款\t怎么办",
            "Can I speak to a human, please!!",
            "ＦＵＬＬ－ＷＩＤＴＨ letters and digits １２３",
            "hello there",
            "tracking number 1Z999AA10123456784 please",
            "emoji 😀 in the middle 😀😀 and 𝐛𝐨𝐥𝐝",
            "  leading and trailing spaces  ",
            "mixed中文and English words",
            "a");

    private static final List<String> UNSEEN = List.of(
            "",
            "   ",
            "!!!",
            "where is my order",
            "WHERE IS MY ORDER?!",
            "订单到哪了",
            "ideographic\u3000space and no-break\u00a0space",
            "tabs\tand\nnew lines\r\nhere",
            "em\u2003space inside and at the end\u2003",
            "return the boots boots boots",
            "😀",
            "x y z x y z",
            "l'été dernier, über-cool — “quoted” …");

    @Test
    void vectorsAreTheTfIdfOfTheGramsAsStrings() {
        Features features = Features.fit(FITTED);
        Map<String, Integer> index = index(FITTED);
        double[] idf = idf(FITTED, index);

        for (String text : concat(FITTED, UNSEEN)) {
            SparseVector vector = features.vector(text);
            Features.grams(text)
                    .keySet()
                    .forEach(gram -> assertThat(features.id(gram)).as(gram).isEqualTo(index.getOrDefault(gram, -1)));
            SparseVector expected = expected(text, index, idf);
            assertThat(vector.ids()).as(text).containsExactly(expected.ids());
            assertThat(Arrays.equals(vector.values(), expected.values()))
                    .as("%s: %s vs %s", text, Arrays.toString(vector.values()), Arrays.toString(expected.values()))
                    .isTrue();
        }
    }

    @Test
    void gramsOfEachKindAndNoneOfWhiteSpaceAlone() {
        assertThat(Features.grams("Hello, there!"))
                .containsKeys("ch", "c h", "chell", "c th", "whello", "wthere", "bhello there")
                .doesNotContainKeys("c ", "c  ", "c,", "whello,");
        assertThat(Features.grams("我的订单")).containsKeys("c我", "c订单", "c我的订单").doesNotContainKey("w我的订单");
        assertThat(Features.fit(FITTED).vector("qqqq").isEmpty()).isTrue();
    }

    private static SparseVector expected(String text, Map<String, Integer> index, double[] idf) {
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        Features.grams(text).forEach((gram, count) -> {
            Integer id = index.get(gram);
            if (id != null) {
                counts.put(id, count);
            }
        });
        int[] ids = counts.keySet().stream().mapToInt(Integer::intValue).toArray();
        double[] values = counts.entrySet().stream()
                .mapToDouble(e -> (1 + Math.log(e.getValue())) * idf[e.getKey()])
                .toArray();
        double norm = Math.sqrt(Arrays.stream(values).map(v -> v * v).sum());
        for (int i = 0; i < values.length; i++) {
            values[i] /= norm;
        }
        return new SparseVector(ids, values);
    }

    /** The vocabulary as fitting numbers it, from the grams as strings: the reference the table must agree with. */
    private static Map<String, Integer> index(List<String> texts) {
        Map<String, Integer> index = new HashMap<>();
        for (String text : texts) {
            for (String gram : Features.grams(text).keySet()) {
                index.computeIfAbsent(gram, g -> index.size());
            }
        }
        return index;
    }

    private static double[] idf(List<String> texts, Map<String, Integer> index) {
        Map<Integer, Integer> documents = new HashMap<>();
        for (String text : texts) {
            Features.grams(text).keySet().forEach(gram -> documents.merge(index.get(gram), 1, Integer::sum));
        }
        double[] idf = new double[index.size()];
        documents.forEach((id, df) -> idf[id] = Math.log((1.0 + texts.size()) / (1.0 + df)) + 1);
        return idf;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
