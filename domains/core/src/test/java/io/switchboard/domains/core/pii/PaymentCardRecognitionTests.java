package io.switchboard.domains.core.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentCardRecognitionTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "4111111111111111", // Visa
                "4111 1111 1111 1111",
                "4111-1111-1111-1111",
                "3782 822463 10005", // Amex, 4-6-5
                "371449635398431",
                "5555555555554444", // Mastercard
                "2223003122003222", // Mastercard 2-series
                "6011111111111117", // Discover
                "3530111333300000", // JCB
                "6212345678901265", // UnionPay 16
                "6228378326616630491", // UnionPay 19
                "62569777818804917032" // UnionPay 20
            })
    void luhnValidNumbersWithAKnownIssuerAreCards(String card) {
        assertThat(Found.in("Please use " + card + " for it.")).containsExactly("PAYMENT_CARD=" + card);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111112", "4111 1111 1111 1121", "371449635398432", "6228378326616630492"})
    void numbersFailingLuhnAreNotCards(String number) {
        assertThat(Found.in("My card number is " + number + ".")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1111111111111117", "7111111111111114", "2024326599296073"})
    void luhnValidNumbersWithoutAnIssuerPrefixAreNotCards(String number) {
        assertThat(Found.in("Number " + number + " please.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"用卡4111111111111111付款失败了。", "我的银行卡号是4111-1111-1111-1111，请帮我查一下扣款。", "信用卡4111 1111 1111 1111被盗刷了"
            })
    void cardsTouchingChineseCharactersAreFound(String text) {
        assertThat(Found.in(text)).singleElement().asString().startsWith("PAYMENT_CARD=4111");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Order number 4111111111111111 never arrived.",
                "Where is order 4111111111111111?",
                "Reference 4111111111111111 is on the invoice.",
                "Invoice no. 4111111111111111 shows the wrong address.",
                "My tracking number 4111111111111111 hasn't moved.",
                "I want to return item 4111111111111111, bought on 2024-03-05.",
                "订单号4111111111111111还没有发货。",
                "订单编号4111111111111111显示已签收。",
                "发票号码：4111111111111111",
                "身份证4111111111111111111是我朋友的。",
                "The charge of $4111111111111111 is absurd.",
                "Tracking says YT4111111111111111.",
                "PO 4111111111111111 was approved.",
                "Your order (4111111111111111) shipped.",
                "包裹4111111111111111到哪了？"
            })
    void numbersNamedAsOrdersTrackingInvoicesOrAmountsStayVisible(String text) {
        assertThat(Found.in(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Can you refund to card 4111-1111-1111-1111? The order was 2023740846629841.",
                "I paid for order 12345 with card 4111111111111111.",
                "About the order, my 4111 1111 1111 1111 was charged twice."
            })
    void aCardIsFoundEvenWhenAnOrderIsMentionedNearby(String text) {
        assertThat(Found.in(text)).containsExactly("PAYMENT_CARD=" + text.replaceAll(".*?(4111[- 0-9]*1111).*", "$1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Paid 120 with 4111 1111 1111 1111 today", "card 4111 1111 1111 1111 2024"})
    void aCardWrittenNextToAnotherNumberIsFoundOnItsOwn(String text) {
        assertThat(Found.in(text)).containsExactly("PAYMENT_CARD=4111 1111 1111 1111");
    }

    @Test
    void twoCardsWrittenOneAfterTheOtherAreBothFound() {
        assertThat(Found.in("Cards 4111 1111 1111 1111 5555-5555-5555-4444 both declined"))
                .containsExactly("PAYMENT_CARD=4111 1111 1111 1111", "PAYMENT_CARD=5555-5555-5555-4444");
    }
}
