package io.switchboard.domains.core.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RedactorTests {

    private final Redactor redactor = new Redactor(PiiRecognizers.defaults());

    @Test
    void piiIsReplacedByTypedNumberedPlaceholders() {
        Redaction redaction = redactor.redact(
                "Card 4111 1111 1111 1111, mail bob@example.com, card 5555555555554444.",
                PlaceholderBook.newConversation());

        assertThat(redaction.text()).isEqualTo("Card [PAYMENT_CARD_1], mail [EMAIL_1], card [PAYMENT_CARD_2].");
        assertThat(redaction.values())
                .extracting(RedactedValue::placeholder, RedactedValue::type, RedactedValue::original)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "[PAYMENT_CARD_1]", PiiType.PAYMENT_CARD, "4111 1111 1111 1111"),
                        org.assertj.core.groups.Tuple.tuple("[EMAIL_1]", PiiType.EMAIL, "bob@example.com"),
                        org.assertj.core.groups.Tuple.tuple(
                                "[PAYMENT_CARD_2]", PiiType.PAYMENT_CARD, "5555555555554444"));
    }

    @Test
    void theSameValueKeepsItsPlaceholderAcrossTurnsWhateverItsFormatting() {
        Redaction first = redactor.redact("My card is 4111 1111 1111 1111.", PlaceholderBook.newConversation());
        Redaction second = redactor.redact("I mean 4111-1111-1111-1111 and 5555555555554444.", first.book());
        Redaction third = redactor.redact("Still 4111111111111111", second.book());

        assertThat(second.text()).isEqualTo("I mean [PAYMENT_CARD_1] and [PAYMENT_CARD_2].");
        assertThat(third.text()).isEqualTo("Still [PAYMENT_CARD_1]");
        assertThat(third.book().count(PiiType.PAYMENT_CARD)).isEqualTo(2);
    }

    @Test
    void anotherConversationNumbersFromOneAgain() {
        Redaction one = redactor.redact("bob@example.com, alice@example.com", PlaceholderBook.newConversation());
        Redaction other = redactor.redact("alice@example.com", PlaceholderBook.newConversation());

        assertThat(one.text()).isEqualTo("[EMAIL_1], [EMAIL_2]");
        assertThat(other.text()).isEqualTo("[EMAIL_1]");
    }

    @Test
    void textWithoutPiiIsUntouched() {
        String text = "Where is order 2025642642061809? Tracking says YT2382302449107406. 订单号2024326599296073还没有发货。";

        Redaction redaction = redactor.redact(text, PlaceholderBook.newConversation());

        assertThat(redaction.text()).isEqualTo(text);
        assertThat(redaction.values()).isEmpty();
    }

    @Test
    void theBookIsAPlainRecordThatHoldsNoValueAndSurvivesJson() {
        JsonMapper json = JsonMapper.builder().build();
        Redaction redaction = redactor.redact(
                "Card 4111 1111 1111 1111, phone 13985451053, mail bob@example.com", PlaceholderBook.newConversation());

        String stored = json.writeValueAsString(redaction.book());
        PlaceholderBook restored = json.readValue(stored, PlaceholderBook.class);

        assertThat(stored)
                .doesNotContain("4111")
                .doesNotContain("1111")
                .doesNotContain("13985451053")
                .doesNotContain("bob");
        assertThat(restored).isEqualTo(redaction.book());
        assertThat(redactor.redact("again 13985451053", restored).text()).isEqualTo("again [PHONE_1]");
    }

    @Test
    void aRedactedValuesStringShowsAtMostBinAndLastFour() {
        RedactedValue card = new RedactedValue("[PAYMENT_CARD_1]", PiiType.PAYMENT_CARD, "4111 1111 1111 1234");

        assertThat(card.masked()).isEqualTo("411111******1234");
        assertThat(card.toString()).doesNotContain("4111 1111").contains("411111******1234");
        assertThat(new RedactedValue("[EMAIL_1]", PiiType.EMAIL, "bob@example.com").masked())
                .isEqualTo("b***@example.com");
        assertThat(new RedactedValue("[US_SSN_1]", PiiType.US_SSN, "467-77-4295").masked())
                .isEqualTo("*****4295");
    }
}
