package io.switchboard.domains.core.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanRecognitionTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "DE89 3704 0044 0532 0130 00",
                "DE89370400440532013000",
                "GB82 WEST 1234 5698 7654 32",
                "NL91ABNA0417164300",
                "FR14 2004 1010 0505 0001 3M02 606",
                "BE68539007547034"
            })
    void ibansWithAValidCheckAreFound(String iban) {
        assertThat(Found.in("Transfer the money to IBAN " + iban + " please.")).containsExactly("IBAN=" + iban);
        assertThat(Found.in("我想把钱转到" + iban + "这个账户。")).containsExactly("IBAN=" + iban);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE89 3704 0044 0532 0130 01", "GB82WEST12345698765433", "ES6500994846912433248022"})
    void ibansFailingMod97AreNot(String iban) {
        assertThat(Found.in("The IBAN " + iban + " was rejected by my bank.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"YT2382302449107406", "SF2127097107638", "1ZB7XAH08261635500"})
    void trackingCodesAreNotIbans(String code) {
        assertThat(Found.in("Tracking says " + code + ".")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE89 3704 0044 0532 0130 00 OK", "DE89 3704 0044 0532 0130 00 123"})
    void anIbanEndsAtItsCountrysLength(String text) {
        assertThat(Found.in(text)).containsExactly("IBAN=DE89 3704 0044 0532 0130 00");
    }
}
