package io.switchboard.domains.core.pii.internal;

import io.switchboard.domains.core.pii.PiiMatch;
import io.switchboard.domains.core.pii.PiiType;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * International bank account numbers: a country code from the IBAN registry, the length that country uses, and
 * the ISO 13616 mod-97 check, written compact or in groups of four.
 */
final class IbanRules {

    private static final Pattern IBAN =
            Pattern.compile("(?<![A-Za-z0-9_])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]){11,30}(?![A-Za-z0-9_])");

    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("AD", 24),
            Map.entry("AE", 23),
            Map.entry("AL", 28),
            Map.entry("AT", 20),
            Map.entry("AZ", 28),
            Map.entry("BA", 20),
            Map.entry("BE", 16),
            Map.entry("BG", 22),
            Map.entry("BH", 22),
            Map.entry("BR", 29),
            Map.entry("BY", 28),
            Map.entry("CH", 21),
            Map.entry("CR", 22),
            Map.entry("CY", 28),
            Map.entry("CZ", 24),
            Map.entry("DE", 22),
            Map.entry("DK", 18),
            Map.entry("DO", 28),
            Map.entry("EE", 20),
            Map.entry("EG", 29),
            Map.entry("ES", 24),
            Map.entry("FI", 18),
            Map.entry("FO", 18),
            Map.entry("FR", 27),
            Map.entry("GB", 22),
            Map.entry("GE", 22),
            Map.entry("GI", 23),
            Map.entry("GL", 18),
            Map.entry("GR", 27),
            Map.entry("GT", 28),
            Map.entry("HR", 21),
            Map.entry("HU", 28),
            Map.entry("IE", 22),
            Map.entry("IL", 23),
            Map.entry("IQ", 23),
            Map.entry("IS", 26),
            Map.entry("IT", 27),
            Map.entry("JO", 30),
            Map.entry("KW", 30),
            Map.entry("KZ", 20),
            Map.entry("LB", 28),
            Map.entry("LC", 32),
            Map.entry("LI", 21),
            Map.entry("LT", 20),
            Map.entry("LU", 20),
            Map.entry("LV", 21),
            Map.entry("MC", 27),
            Map.entry("MD", 24),
            Map.entry("ME", 22),
            Map.entry("MK", 19),
            Map.entry("MR", 27),
            Map.entry("MT", 31),
            Map.entry("MU", 30),
            Map.entry("NL", 18),
            Map.entry("NO", 15),
            Map.entry("PK", 24),
            Map.entry("PL", 28),
            Map.entry("PS", 29),
            Map.entry("PT", 25),
            Map.entry("QA", 29),
            Map.entry("RO", 24),
            Map.entry("RS", 22),
            Map.entry("SA", 24),
            Map.entry("SC", 31),
            Map.entry("SE", 24),
            Map.entry("SI", 19),
            Map.entry("SK", 24),
            Map.entry("SM", 27),
            Map.entry("ST", 25),
            Map.entry("SV", 28),
            Map.entry("TL", 23),
            Map.entry("TN", 24),
            Map.entry("TR", 26),
            Map.entry("UA", 29),
            Map.entry("VA", 22),
            Map.entry("VG", 24),
            Map.entry("XK", 20));

    private static final Pattern CUES = Cues.anyOf("iban", "account", "bank", "transfer", "账户", "账号", "银行", "转账");

    private IbanRules() {}

    static List<Rule> rules() {
        return List.of(new Rule(PiiType.IBAN, IBAN, IbanRules::assess));
    }

    private static void assess(CharSequence text, MatchResult m, List<PiiMatch> out) {
        Integer length = LENGTHS.get(m.group().substring(0, 2));
        if (length == null) {
            return;
        }
        int end = endAfter(text, m.start(), m.end(), length);
        if (end < 0) {
            return;
        }
        String compact = text.subSequence(m.start(), end).toString().replace(" ", "");
        if (Checksums.ibanMod97(compact)) {
            double confidence = Cues.boosted(0.95, Cues.precededBy(CUES, text, m.start()));
            out.add(new PiiMatch(m.start(), end, PiiType.IBAN, confidence));
        }
    }

    /** Where the IBAN ends once {@code length} letters and digits are taken, or -1 if it would end inside a word. */
    private static int endAfter(CharSequence text, int start, int candidateEnd, int length) {
        int taken = 0;
        int i = start;
        while (i < candidateEnd && taken < length) {
            if (text.charAt(i) != ' ') {
                taken++;
            }
            i++;
        }
        if (taken < length) {
            return -1;
        }
        return i < candidateEnd && text.charAt(i) != ' ' ? -1 : i;
    }
}
