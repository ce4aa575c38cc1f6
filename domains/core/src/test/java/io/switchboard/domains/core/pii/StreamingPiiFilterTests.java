package io.switchboard.domains.core.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StreamingPiiFilterTests {

    private final PiiRecognizers recognizers = PiiRecognizers.defaults();

    @Test
    void plainTextIsEmittedAtOnceExceptAWordThatMayStillGrow() {
        StreamingPiiFilter filter = new StreamingPiiFilter(recognizers);

        assertThat(filter.accept("Your order has shipped and ")).isEqualTo("Your order has shipped and ");
        assertThat(filter.accept("will arr")).isEqualTo("will ");
        assertThat(filter.held()).isEqualTo(3);
        assertThat(filter.accept("ive soon.")).isEqualTo("arrive ");
        assertThat(filter.accept(" Thanks")).isEqualTo("soon. ");
        assertThat(filter.finish()).isEqualTo("Thanks");
        assertThat(filter.held()).isZero();
    }

    @Test
    void aCardArrivingInPiecesIsHeldThenMasked() {
        StreamingPiiFilter filter = new StreamingPiiFilter(recognizers);

        assertThat(filter.accept("Your card 4111 ")).isEqualTo("Your card ");
        assertThat(filter.accept("1111 1111")).isEmpty();
        assertThat(filter.accept(" 1111 is on file.")).isEqualTo("[PAYMENT_CARD_1] is on ");
        assertThat(filter.finish()).isEqualTo("file.");
        assertThat(filter.values())
                .singleElement()
                .extracting(RedactedValue::original)
                .isEqualTo("4111 1111 1111 1111");
    }

    @Test
    void aNumberThatTurnsOutHarmlessIsReleasedUnchanged() {
        StreamingPiiFilter filter = new StreamingPiiFilter(recognizers);

        assertThat(filter.accept("Order number 4111")).isEqualTo("Order number ");
        assertThat(filter.accept("111111111111 ships today.")).isEqualTo("4111111111111111 ships ");
    }

    @Test
    void anEmailIsHeldUntilItCannotGrowAndChineseIsNotHeld() {
        StreamingPiiFilter filter = new StreamingPiiFilter(recognizers);

        assertThat(filter.accept("我的邮箱wei@qq.co")).isEqualTo("我的邮箱");
        assertThat(filter.accept("m收不到验证码")).isEqualTo("[EMAIL_1]收不到验证码");
    }

    @Test
    void placeholdersContinueTheConversationsBook() {
        Redaction inbound = new Redactor(recognizers)
                .redact("My card is 4111 1111 1111 1111 and mail bob@example.com", PlaceholderBook.newConversation());
        StreamingPiiFilter filter = new StreamingPiiFilter(recognizers, inbound.book());

        String out = filter.accept("Card 4111111111111111 and alice@example.com noted") + filter.finish();

        assertThat(out).isEqualTo("Card [PAYMENT_CARD_1] and [EMAIL_2] noted");
        assertThat(filter.book().count(PiiType.EMAIL)).isEqualTo(2);
    }

    @Test
    void finishReleasesWhatWasHeldAndTheFilterThenRefusesMore() {
        StreamingPiiFilter filter = new StreamingPiiFilter(recognizers);

        assertThat(filter.accept("call 415 555 01")).isEqualTo("call ");
        assertThat(filter.finish()).isEqualTo("415 555 01");
        assertThatThrownBy(() -> filter.accept("more")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void placeholdersWrittenByTheModelPassThrough() {
        StreamingPiiFilter filter = new StreamingPiiFilter(recognizers);

        String out = filter.accept("I charged [PAYMENT_CARD_1] and mailed [EMAIL_2]") + filter.finish();

        assertThat(out).isEqualTo("I charged [PAYMENT_CARD_1] and mailed [EMAIL_2]");
    }

    @Test
    void whatIsHeldStaysBoundedWhateverTheModelWrites() {
        StreamingPiiFilter filter = new StreamingPiiFilter(recognizers);

        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            out.append(filter.accept("1 "));
            assertThat(filter.held()).isLessThan(200);
        }
        out.append(filter.finish());

        assertThat(out).hasSize(1000);
    }
}
