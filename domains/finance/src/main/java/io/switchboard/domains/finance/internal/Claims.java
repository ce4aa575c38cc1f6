package io.switchboard.domains.finance.internal;

import io.switchboard.domains.core.InboundTurn;
import io.switchboard.domains.core.pii.PiiType;
import io.switchboard.domains.core.pii.RedactedValue;
import io.switchboard.domains.finance.IdentityClaim;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an identity claim (date of birth, card last four) from a turn, for one verification call only. */
final class Claims {

    private static final Pattern LAST_FOUR = Pattern.compile(
            "(?i)(?:last (?:four|4)(?: digits)?|ending(?: in| with)?|ends (?:in|with)|尾号|后四位|末四位)\\D{0,16}(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})");
    private static final Pattern DMY = Pattern.compile("(?<!\\d)(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?!\\d)");

    private Claims() {}

    static IdentityClaim from(InboundTurn turn) {
        Optional<String> dob = turn.redacted().stream()
                .filter(v -> v.type() == PiiType.DATE_OF_BIRTH)
                .map(RedactedValue::original)
                .map(Claims::isoDate)
                .flatMap(Optional::stream)
                .findFirst()
                .or(() -> isoDate(turn.text()));
        Matcher m = LAST_FOUR.matcher(turn.text());
        Optional<String> lastFour = m.find() ? Optional.of(m.group(1)) : Optional.empty();
        return new IdentityClaim(dob, lastFour);
    }

    static Optional<String> isoDate(String text) {
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            return Optional.of(format(iso.group(1), iso.group(2), iso.group(3)));
        }
        Matcher dmy = DMY.matcher(text);
        if (dmy.find()) {
            return Optional.of(format(dmy.group(3), dmy.group(2), dmy.group(1)));
        }
        return Optional.empty();
    }

    private static String format(String year, String month, String day) {
        return String.format("%s-%02d-%02d", year, Integer.parseInt(month), Integer.parseInt(day));
    }
}
