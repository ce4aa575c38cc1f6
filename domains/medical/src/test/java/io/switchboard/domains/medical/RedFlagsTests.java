package io.switchboard.domains.medical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The general mechanisms behind the red-flag rules: spelling repair, lexicon combinations and the discounting scopes. */
class RedFlagsTests {

    private final RedFlags redFlags = new RedFlags();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "i cant breath at all | breathing",
                "think my dad is having a heart atack | cardiac",
                "there is a band of pressure across her breastbone | cardiac",
                "my mum's smile looks lopsided | stroke",
                "his leg just went dead out of nowhere | stroke",
                "inhaler is not helping and she is gasping | breathing",
                "the wound has been bleeding for over an hour | bleeding",
                "ate prawns and his throat feels thick | anaphylaxis",
                "everyone would be happier without me | self_harm",
                "she popped 25 tablets of paracetamol | overdose",
                "我爸叫了半天都不醒 | unresponsive",
                "嘴角往一边歪，说话含糊 | stroke",
                "胸口像被石头压着 | cardiac",
                "血一直往外冒 | bleeding",
                "吃了一板安眠药 | overdose",
                "he is breathing fast and his lips are a bit blue | breathing"
            })
    void newWordingsOfACategoryAreFound(String text, String category) {
        assertThat(redFlags.find(text))
                .hasValueSatisfying(f -> assertThat(f.category()).isEqualTo(category));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "what if i get chest pain on a long flight?",
                "if my lips swell should i use my epipen, asking for future reference",
                "my chest is a bit sore after doing push ups",
                "I'm allergic to dust, my eyes get itchy",
                "sore throat and swollen glands",
                "我不是想自杀，只是压力大",
                "如果有人中风了怎么办",
                "中风有哪些早期症状",
                "跑完步胸口有点闷，休息一下就好了",
                "coughed up a few streaks of blood with my cold",
                "she had a heart attack in 2012 and now has a pacemaker"
            })
    void hypotheticalsQuestionsAndMildOrExplainedMentionsAreNotRedFlags(String text) {
        assertThat(redFlags.find(text)).isEmpty();
    }
}
