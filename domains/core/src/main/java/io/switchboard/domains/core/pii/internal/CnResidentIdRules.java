package io.switchboard.domains.core.pii.internal;

import io.switchboard.domains.core.pii.PiiMatch;
import io.switchboard.domains.core.pii.PiiType;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Chinese resident identity numbers (GB 11643): a province code, a valid birth date that is not in the future, a
 * sequence number and the MOD 11-2 check character (a digit or X).
 */
final class CnResidentIdRules {

    private static final Pattern ID = Pattern.compile("(?<![A-Za-z0-9_+.-])\\d{6} ?(?:18|19|20)\\d{6} ?\\d{3}[\\dXx]"
            + "(?![A-Za-z0-9_]|[.-]\\d)" + Cues.AMOUNT_AHEAD);

    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
            "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82", "83");

    private static final Pattern CUES =
            Cues.anyOf("身份证", "身份号", "证件号", "居民身份", "id card", "identity", "national id", "resident id", "citizen id");

    private CnResidentIdRules() {}

    static List<Rule> rules() {
        return List.of(new Rule(PiiType.CN_RESIDENT_ID, ID, CnResidentIdRules::assess));
    }

    private static void assess(CharSequence text, MatchResult m, List<PiiMatch> out) {
        String id = m.group().replace(" ", "");
        if (!valid(id, LocalDate.now(ZoneOffset.UTC))) {
            return;
        }
        double confidence = Cues.boosted(0.85, Cues.precededBy(CUES, text, m.start()));
        confidence = Cues.unlessIdentifierOrAmount(confidence, text, m.start(), m.end());
        out.add(new PiiMatch(m.start(), m.end(), PiiType.CN_RESIDENT_ID, confidence));
    }

    static boolean valid(String id, LocalDate today) {
        return id.length() == 18
                && PROVINCES.contains(id.substring(0, 2))
                && plausibleBirthDate(id.substring(6, 14), today)
                && Checksums.cnResidentId(id);
    }

    private static boolean plausibleBirthDate(String yyyymmdd, LocalDate today) {
        try {
            LocalDate date = LocalDate.of(
                    Integer.parseInt(yyyymmdd.substring(0, 4)),
                    Integer.parseInt(yyyymmdd.substring(4, 6)),
                    Integer.parseInt(yyyymmdd.substring(6, 8)));
            return date.getYear() >= 1880 && !date.isAfter(today);
        } catch (DateTimeException e) {
            return false;
        }
    }
}
