package io.switchboard.domains.core.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** However a model's output is cut into chunks, the filter emits exactly what redacting the whole text gives. */
class StreamingPiiFilterPropertyTests {

    private static final PiiRecognizers RECOGNIZERS = PiiRecognizers.defaults();
    private static final PlaceholderBook BOOK = PlaceholderBook.newConversation();

    private static final List<String> CARDS = List.of(
            "4111 1111 1111 1111",
            "5555-5555-5555-4444",
            "378282246310005",
            "6228378326616630491",
            "62569777818804917032",
            "3782 822463 10005");

    private static final List<String> FRAGMENTS = List.of(
            "Your card ending 1234 is fine.",
            "Please call 675.906.6701 or email bob@corp.example.net to confirm.",
            "My email is wei@corp.example.net and my phone is +1 947 775 2692.",
            "Order number 4111111111111111 never arrived.",
            "订单号2024326599296073还没有发货。",
            "我的手机号是+86 169 6141 7766，有事请联系。",
            "身份证号码：110101195402233174，请核实。",
            "Transfer the money to IBAN DE44 0323 0455 3971 7918 94 please.",
            "I was born on August 4, 1970.",
            "我出生于1961年9月4日。",
            "他是2001年3月4日生的，合同2023年1月1日生效。",
            "我1985年3月2日出生",
            "The refund of 13985451053 dollars",
            "For verification: social security number 467-77-4295.",
            "昨天在206.134.176.100登录后账号被锁了。",
            "The charge of $68609.07 on my statement is wrong.",
            "I want to return item #28103261, bought on 2024-03-05.",
            "Where is order A3417118279? Tracking says SF2127097107638.",
            "DOB",
            "4111",
            "");

    @Property(tries = 400)
    void anyChunkingYieldsTheWholeTextsRedaction(
            @ForAll("outputs") String text, @ForAll("chunkSizes") List<Integer> chunkSizes) {
        Redaction whole = new Redactor(RECOGNIZERS).redact(text, BOOK);
        StreamingPiiFilter filter = new StreamingPiiFilter(RECOGNIZERS, BOOK);

        StringBuilder emitted = new StringBuilder();
        for (String chunk : chunks(text, chunkSizes)) {
            emitted.append(filter.accept(chunk));
            assertThat(whole.text()).startsWith(emitted.toString());
        }
        emitted.append(filter.finish());

        assertThat(emitted.toString()).isEqualTo(whole.text());
        assertThat(filter.book()).isEqualTo(whole.book());
        assertThat(filter.values()).isEqualTo(whole.values());
    }

    @Property(tries = 300)
    void noDigitOfACardEverLeavesTheFilter(
            @ForAll("textsWithCards") String text, @ForAll("chunkSizes") List<Integer> chunkSizes) {
        StreamingPiiFilter filter = new StreamingPiiFilter(RECOGNIZERS, BOOK);

        List<String> emitted = new ArrayList<>();
        for (String chunk : chunks(text, chunkSizes)) {
            emitted.add(filter.accept(chunk));
        }
        emitted.add(filter.finish());

        assertThat(emitted)
                .allSatisfy(out ->
                        assertThat(out.replaceAll("\\[[A-Z_]+_\\d+]", "")).doesNotContainPattern("\\d"));
        assertThat(String.join("", emitted)).contains("[PAYMENT_CARD_1]");
    }

    @Provide
    Arbitrary<String> outputs() {
        Arbitrary<String> sentences = Combinators.combine(
                        Arbitraries.of(FRAGMENTS).list().ofMinSize(1).ofMaxSize(4),
                        Arbitraries.of(" ", "", "\n", "，", ". "))
                .as((parts, separator) -> String.join(separator, parts));
        Arbitrary<String> noise = Arbitraries.strings()
                .withChars("0123456789 -.:@+()#$年月日号abXYZ卡电话born")
                .ofMaxLength(80);
        return Arbitraries.oneOf(sentences, sentences, noise);
    }

    @Provide
    Arbitrary<String> textsWithCards() {
        Arbitrary<String> filler =
                Arbitraries.of(" My card is ", "用卡", " charge ", " please. ", "付款失败了。", " and also ", "，", " ", "卡号：");
        return Combinators.combine(filler, Arbitraries.of(CARDS), filler, Arbitraries.of(CARDS), filler)
                .as((a, card, b, other, c) -> a + card + b + (card.equals(other) ? "" : other + c));
    }

    @Provide
    Arbitrary<List<Integer>> chunkSizes() {
        return Arbitraries.integers().between(1, 12).list().ofMinSize(1).ofMaxSize(16);
    }

    private static List<String> chunks(String text, List<Integer> sizes) {
        List<String> chunks = new ArrayList<>();
        int at = 0;
        for (int i = 0; at < text.length(); i++) {
            int end = Math.min(text.length(), at + sizes.get(i % sizes.size()));
            chunks.add(text.substring(at, end));
            at = end;
        }
        return chunks;
    }
}
