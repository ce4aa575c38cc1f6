package io.switchboard.domains.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The literal clauses derived from a regex: what every match must contain, and nothing a match may lack. */
class RequiredTextTests {

    @ParameterizedTest
    @CsvSource(
            delimiterString = " => ",
            value = {
                "chest (?:pain|ache) => [[chest ache, chest pain]]",
                "(?:pain|ache)[^.]{0,30}(?:left arm|jaw) => [[ache, pain], [jaw, left arm]]",
                "\\bun-?con(?:c|s)?ious\\b"
                        + " => [[un-concious, un-conious, un-consious, unconcious, unconious, unconsious]]",
                "胸(?:口|部)?[^，。]{0,5}(?:痛|疼) => [[胸], [疼, 痛]]",
                "at+ack => [[a], [t], [ack]]",
                "(?:\\w+ )?pills => [[pills]]",
                "(?<!不)想死 => [[想死]]",
                "x|\\w+ => []",
                "(a)\\1 => []",
                "#(\\d{5,}) => [[#], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]]",
                "(?<![\\dA-Za-z])(\\d{5,})(?!\\d) => [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]]",
                "[\\d.]x => [[.x, 0x, 1x, 2x, 3x, 4x, 5x, 6x, 7x, 8x, 9x]]",
                "[\\s.]x => [[x]]",
                "[\\d-z]x => []"
            })
    void theRequiredTextIsDerivedFromTheRegex(String regex, String clauses) {
        RequiredText.Requirement derived = RequiredText.of(regex);

        assertThat(sorted(derived)).hasToString(clauses);
        assertThat(derived.folded()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = " => ",
            value = {
                "(?i)Chest|胸口 => [[chest, 胸口]]",
                "(?i)ORDER #?\\d+ => [[order ], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]]",
                "(?i)[A-C]x => [[ax, bx, cx]]",
                "(?i:SKU)\\s*[A-Z]{2} => [[sku]]",
                "ab(?i)CD => [[abcd]]",
                "(?i)\\b(1Z[0-9A-Z]{16}|SF\\d{12}|yt\\d{13})\\b => [[1z, sf, yt]]"
            })
    void underCaseInsensitivityTheLiteralsAreLowerCasedInAscii(String regex, String clauses) {
        RequiredText.Requirement derived = RequiredText.of(regex);

        assertThat(sorted(derived)).hasToString(clauses);
        assertThat(derived.folded()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "(?u)chest",
                "(?iu)chest",
                "(?U)chest",
                "(?x)chest",
                "(?s)chest",
                "(?m)chest",
                "(?d)chest",
                "(?-i)chest",
                "(?i-s)chest",
                "chest(?x)",
                "(?i)chest(?s)",
                "(?iu:chest)"
            })
    void aFlagItDoesNotKnowGivesNoRequirement(String regex) {
        assertThat(RequiredText.of(regex).clauses()).isEmpty();
    }

    private static List<List<String>> sorted(RequiredText.Requirement requirement) {
        return requirement.clauses().stream()
                .map(clause -> clause.stream().sorted().toList())
                .toList();
    }
}
