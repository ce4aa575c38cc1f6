package io.switchboard.domains.core.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneRecognitionTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "+1 947 775 2692",
                "+1 (415) 555-0100",
                "+44 20 7946 7519",
                "+33 1 42 68 44 52",
                "+49 30 73014007",
                "+61 412 345 678",
                "0044 20 7946 0958",
                "(415) 555-0100",
                "675.906.6701",
                "830-806-0267",
                "1-800-555-0199"
            })
    void internationalAndNorthAmericanFormatsAreFound(String phone) {
        assertThat(Found.in("You can reach me at " + phone + " after 6pm.")).containsExactly("PHONE=" + phone);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "我的手机号是13985451053，有事请联系。",
                "请拨打155 0522 4407找我。",
                "手机159-1234-5678，下午都在。",
                "我的手机号是+86 169 6141 7766，有事请联系。",
                "联系电话+86 13187731708，邮箱略。",
                "联系人手机：+8618600001111"
            })
    void chineseMobilesAreFoundWithOrWithoutTheCountryCode(String text) {
        assertThat(Found.in(text))
                .singleElement()
                .asString()
                .startsWith("PHONE=")
                .doesNotContain("，");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(115) 555-0100", "415.155.0100", "+1 115 555 0100"})
    void northAmericanNumbersNeedValidAreaAndExchangeCodes(String number) {
        assertThat(Found.in("Call " + number + " now.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"订单号13985451053还没有发货。", "Order 13985451053 is late.", "退款13985451053元什么时候到账？"})
    void mobileShapedOrderNumbersAndAmountsAreNotPhones(String text) {
        assertThat(Found.in(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "my number is 4155550123",
                "电话：010-62345678",
                "座机010-62345678，工作日都在。",
                "Please update my number to 07911 123456 today.",
                "My mobile is 07700900123.",
                "Office phone 020 7946 0958, ask for Priya.",
                "landline 0161 496 0735"
            })
    void weakFormatsCountOnlyWithAPhoneCue(String text) {
        assertThat(Found.in(text)).singleElement().asString().startsWith("PHONE=");
        assertThat(Found.in(text.replaceAll("^.*?(\\d)", "Value $1"))).isEmpty();
    }
}
