package io.switchboard.domains.medical.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The learnt detector behind the rules: it catches paraphrases no rule knows, and the context scopes still hold. */
class RedFlagDetectorTests {

    private final RedFlagRules rules = RedFlagRules.standard();
    private final RedFlagDetector detector = RedFlagDetector.standard();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "my grandad keeps rubbing his breastbone and has gone a horrible grey colour | cardiac",
                "the little one's chest is caving in with each breath | breathing",
                "blood keeps seeping through every bandage we put on his shin | bleeding"
            })
    void theModelCatchesAParaphraseTheRulesMiss(String text, String category) {
        assertThat(rules.find(text)).isEmpty();

        assertThat(detector.find(text))
                .hasValueSatisfying(f -> assertThat(f.category()).isEqualTo(category));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "no crushing pain in my chest at all, just a cold",
                "my uncle had a stroke ten years ago and is fine",
                "胸口不疼了，就是有点累",
                "what should I do if my dad's face starts drooping?"
            })
    void negationHistoryAndQuestionsAreStillDiscounted(String text) {
        assertThat(detector.find(text)).isEmpty();
    }

    @Test
    void anOpeningDenialDiscountsWhatTheModelSuspects() {
        String text = "no crushing pain in my chest at all, just a cold";

        assertThat(RedFlagModel.standard().assess(RedFlagRules.normalize(text)).probability())
                .isGreaterThanOrEqualTo(RedFlagDetector.THRESHOLD);
        assertThat(detector.learnt(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "我想约下周的号",
                "我想挂个皮肤科的号",
                "我想再开一个月的药",
                "我想知道你们周末开不开门",
                "我想开个发票",
                "我想找王医生",
                "我要挂号",
                "我要续药",
                "我要查报告",
                "我要交费",
                "I want to refill my prescription",
                "I want to know your opening hours",
                "I want to pay my bill",
                "I'd like to get my blood test results",
                "I'd like a copy of my invoice"
            })
    void anOrdinaryRequestThatOpensWithIWantIsNoRedFlag(String text) {
        assertThat(detector.find(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"我不想活了", "我想结束自己的生命", "I want to end my life", "I'd like to end it all"})
    void aWishToDieIsStillARedFlagForTheRulesAndForTheModelAlone(String text) {
        assertThat(detector.find(text))
                .hasValueSatisfying(f -> assertThat(f.category()).isEqualTo("self_harm"));
        assertThat(detector.learnt(text))
                .hasValueSatisfying(f -> assertThat(f.category()).isEqualTo("self_harm"));
    }
}
