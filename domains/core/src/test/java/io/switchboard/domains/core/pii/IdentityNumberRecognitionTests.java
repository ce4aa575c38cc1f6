package io.switchboard.domains.core.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityNumberRecognitionTests {

    @ParameterizedTest
    @ValueSource(strings = {"467-77-4295", "121-27-0853", "774-32-0745"})
    void dashedSocialSecurityNumbersAreFound(String ssn) {
        assertThat(Found.in("For verification: " + ssn + ".")).containsExactly("US_SSN=" + ssn);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000-12-3456", "666-12-3456", "912-12-3456", "123-00-4567", "123-45-0000"})
    void socialSecurityNumbersBreakingTheAllocationRulesAreNot(String number) {
        assertThat(Found.in("My SSN is " + number + ".")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"467 77 4295", "467774295"})
    void spacedOrBareSocialSecurityNumbersNeedACue(String ssn) {
        assertThat(Found.in("My SSN is " + ssn + ".")).containsExactly("US_SSN=" + ssn);
        assertThat(Found.in("Code " + ssn + ".")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"110101195402233174", "110101200408177904", "420102198001066363", "320506197608023529"})
    void chineseResidentIdsWithAValidChecksumAndBirthDateAreFound(String id) {
        assertThat(Found.in("身份证号码：" + id + "，请核实。")).containsExactly("CN_RESIDENT_ID=" + id);
        assertThat(Found.in("我的身份证号是" + id + "。")).containsExactly("CN_RESIDENT_ID=" + id);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "510107198402258080", // wrong check digit
                "42010220011216794X", // wrong check character
                "110101199013401232", // month 13, valid check digit
                "990101199001011230", // no such province, valid check digit
                "110101209901011239" // born in the future, valid check digit
            })
    void chineseResidentIdsFailingTheirChecksAreNot(String id) {
        assertThat(Found.in("身份证" + id + "是我朋友的，不对吗？"))
                .noneMatch(found -> found.startsWith("CN_RESIDENT_ID"))
                .noneMatch(found -> found.startsWith("PAYMENT_CARD"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "110105194912310021"})
    void theCheckCharacterMayBeX(String id) {
        boolean valid = id.endsWith("X");
        assertThat(Found.in("身份证" + id)).hasSize(valid ? 1 : 0);
    }
}
