package io.switchboard.domains.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.domains.core.intent.IntentClassifier;
import io.switchboard.domains.core.intent.IntentExample;
import io.switchboard.domains.core.intent.IntentPrediction;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntentClassifierTests {

    private static final List<IntentExample> BASE = List.of(
            new IntentExample("greeting", "hello there"),
            new IntentExample("greeting", "hi, good morning"),
            new IntentExample("greeting", "你好"),
            new IntentExample("greeting", "早上好"),
            new IntentExample("goodbye", "bye, see you later"),
            new IntentExample("goodbye", "goodbye and thanks"),
            new IntentExample("goodbye", "再见"),
            new IntentExample("goodbye", "拜拜，下次聊"));

    @Test
    void classifiesEnglishAndChinese() {
        IntentClassifier classifier = IntentClassifier.train(BASE, List.of(), 0.4);

        assertThat(classifier.classify("hello, good morning to you").intent()).isEqualTo("greeting");
        assertThat(classifier.classify("好的，再见").intent()).isEqualTo("goodbye");
    }

    @Test
    void aTenantsExamplesAddAnIntent() {
        List<IntentExample> extra = List.of(
                new IntentExample("loyalty_points", "how many loyalty points do I have"),
                new IntentExample("loyalty_points", "check my reward points"),
                new IntentExample("loyalty_points", "我的积分有多少"));

        IntentClassifier classifier = IntentClassifier.train(BASE, extra, 0.4);

        assertThat(classifier.intents()).contains("loyalty_points");
        assertThat(classifier.classify("how many reward points are left").intent())
                .isEqualTo("loyalty_points");
    }

    @Test
    void trainingIsDeterministicAndUnknownTextIsNotConfident() {
        // with examples of the tenant's own: without, both would be the one shared base model
        List<IntentExample> extra = List.of(new IntentExample("greeting", "hey, how are you"));
        IntentClassifier a = IntentClassifier.train(BASE, extra, 0.9);
        IntentClassifier b = IntentClassifier.train(BASE, extra, 0.9);

        assertThat(a.classify("hello")).isEqualTo(b.classify("hello"));
        assertThat(a.classify("§§§").confident()).isFalse();
        assertThat(a.classify("§§§").trusted()).isEqualTo("unknown");
    }

    @Test
    void tenantsWithoutExamplesShareTheBaseModelButKeepTheirOwnThreshold() {
        IntentPrediction strict = IntentClassifier.train(BASE, List.of(), 0.99).classify("hello, good morning");
        IntentPrediction lenient = IntentClassifier.train(BASE, List.of(), 0.01).classify("hello, good morning");

        assertThat(strict.intent()).isEqualTo(lenient.intent()).isEqualTo("greeting");
        assertThat(strict.confidence()).isEqualTo(lenient.confidence()).isLessThan(0.99);
        assertThat(strict.confident()).isFalse();
        assertThat(lenient.confident()).isTrue();
    }

    @Test
    void aTenantsExamplesNeverReachTheSharedModel() {
        List<IntentExample> extra = List.of(
                new IntentExample("loyalty_points", "how many loyalty points do I have"),
                new IntentExample("loyalty_points", "check my reward points"));
        IntentClassifier.train(BASE, List.of(), 0.4);
        IntentClassifier own = IntentClassifier.train(BASE, extra, 0.4);
        IntentClassifier again = IntentClassifier.train(BASE, extra, 0.4);

        assertThat(own.intents()).contains("loyalty_points");
        assertThat(own.classify("check my points")).isEqualTo(again.classify("check my points"));
        assertThat(IntentClassifier.train(BASE, List.of(), 0.4).intents()).doesNotContain("loyalty_points");
    }

    @Test
    void oneIntentIsNotEnoughToTrain() {
        assertThatThrownBy(() -> IntentClassifier.train(BASE.subList(0, 2), List.of(), 0.4))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
