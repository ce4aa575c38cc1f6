package io.switchboard.domains.core.pii.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChecksumsTests {

    @Test
    void luhnAcceptsValidCardNumbersAndRejectsAnyChangedDigit() {
        assertThat(Checksums.luhn("4111111111111111")).isTrue();
        assertThat(Checksums.luhn("79927398713")).isTrue();
        assertThat(Checksums.luhn("4111111111111121")).isFalse();
        assertThat(Checksums.luhn("79927398710")).isFalse();
        assertThat(Checksums.luhn("")).isFalse();
    }

    @Test
    void mod97AcceptsValidIbansAndRejectsTransposedDigits() {
        assertThat(Checksums.ibanMod97("GB82WEST12345698765432")).isTrue();
        assertThat(Checksums.ibanMod97("DE89370400440532013000")).isTrue();
        assertThat(Checksums.ibanMod97("DE89370400440532031000")).isFalse();
        assertThat(Checksums.ibanMod97("DE8937040044053201300!")).isFalse();
    }

    @Test
    void cnResidentIdCheckCharacterIsMod11() {
        assertThat(Checksums.cnResidentId("11010519491231002X")).isTrue();
        assertThat(Checksums.cnResidentId("11010519491231002x")).isTrue();
        assertThat(Checksums.cnResidentId("110105194912310021")).isFalse();
        assertThat(Checksums.cnResidentId("420102198001066363")).isTrue();
    }
}
