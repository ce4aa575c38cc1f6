package io.switchboard.domains.core.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateOfBirthRecognitionTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Date of birth: 1994-01-20|1994-01-20",
                "I was born on August 4, 1970.|August 4, 1970",
                "DOB 04/18/1953|04/18/1953",
                "DOB: 18.04.1953|18.04.1953",
                "I was born on 12 March 1975 in Leeds.|12 March 1975",
                "He was born on the 4th of July 1976.|4th of July 1976",
                "My birthday is Feb 29, 1996.|Feb 29, 1996",
                "DOB: 19800101|19800101",
                "出生日期：1991年5月26日|1991年5月26日",
                "我出生于1961年9月4日。|1961年9月4日",
                "我的生日是1988-12-03。|1988-12-03",
                "我1985年3月2日出生的。|1985年3月2日",
                "出生年月：1990年5月|1990年5月",
                "他是2001年3月4日生的。|2001年3月4日",
                "DOB 05/20/75, member since 2010|05/20/75"
            })
    void aDateSaidToBeABirthDateIsFound(String text, String date) {
        assertThat(Found.in(text)).containsExactly("DATE_OF_BIRTH=" + date);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I want to return item #28103261, bought on 2024-03-05.",
                "My appointment is on 03/18/2025 at 10am.",
                "The order shipped June 2, 2024.",
                "我在2024年3月5日下的单。",
                "合同2023年1月1日生效。",
                "I was born in Texas and bought it on 2024-03-05.",
                "Date of birth: 1994-02-30",
                "DOB 2199-01-01",
                "Card expires 09/27 and was issued 01/02/23."
            })
    void ordinaryAndImpossibleDatesAreNot(String text) {
        assertThat(Found.in(text)).isEmpty();
    }
}
