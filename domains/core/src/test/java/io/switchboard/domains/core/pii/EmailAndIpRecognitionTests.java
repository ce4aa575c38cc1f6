package io.switchboard.domains.core.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAndIpRecognitionTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Please send the receipt to alice73@gmail.com.|alice73@gmail.com",
                "Write to support.team+billing@shop-example.co.uk for invoices.|support.team+billing@shop-example.co.uk",
                "我的邮箱li.na56@qq.com收不到验证码。|li.na56@qq.com",
                "联系电话略，邮箱maria@mail.example.org。|maria@mail.example.org"
            })
    void emailsAreFoundWithoutTrailingPunctuationOrChinese(String text, String email) {
        assertThat(Found.in(text)).containsExactly("EMAIL=" + email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"user@localhost", "a..b@example.com", "@example.com", "name@example.c"})
    void malformedAddressesAreNotEmails(String text) {
        assertThat(Found.in("Contact: " + text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "I logged in from 159.69.133.137 and got locked out.|159.69.133.137",
                "昨天在4.89.211.42登录后账号被锁了。|4.89.211.42",
                "The login came from 2001:db8:85a3::8a2e:370:7334.|2001:db8:85a3::8a2e:370:7334",
                "Blocked host fe80::1ff:fe23:4567:890a today.|fe80::1ff:fe23:4567:890a",
                "Mapped address ::ffff:192.0.2.128 again.|::ffff:192.0.2.128"
            })
    void ipAddressesAreFound(String text, String address) {
        assertThat(Found.in(text)).containsExactly("IP_ADDRESS=" + address);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I logged in from 256.1.1.1 yesterday.",
                "I logged in from 192.168.01.1 yesterday.",
                "Update to version 2.4.10.1 fixed it.",
                "The meeting is at 12:30:45 today.",
                "Price 1.299.00 EUR"
            })
    void invalidAddressesVersionsAndTimesAreNot(String text) {
        assertThat(Found.in(text)).isEmpty();
    }
}
