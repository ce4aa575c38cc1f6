package io.switchboard.domains.core.pii.internal;

import io.switchboard.domains.core.pii.PiiMatch;
import io.switchboard.domains.core.pii.PiiType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Payment card numbers: 13 to 19 digits (20 for UnionPay, which issues them), optionally grouped with spaces or
 * dashes, with a known issuer prefix and a valid Luhn check digit. A run of digit groups is searched for the longest
 * run of whole groups that is a card, so an amount or a year written next to a card does not hide it.
 */
final class PaymentCardRules {

    private static final Pattern DIGIT_RUN = Pattern.compile(
            "(?<![A-Za-z0-9_+])(?<![A-Za-z0-9][./-])\\d(?:[ -]?\\d){12,39}(?![A-Za-z0-9_]|[./-][A-Za-z0-9])"
                    + Cues.AMOUNT_AHEAD);

    private static final Pattern CUES = Cues.anyOf(
            "card",
            "credit",
            "debit",
            "visa",
            "mastercard",
            "amex",
            "american express",
            "unionpay",
            "discover",
            "jcb",
            "diners",
            "maestro",
            "pan",
            "paid with",
            "pay with",
            "payment",
            "charge",
            "卡",
            "银联",
            "付款",
            "支付",
            "刷卡");

    /** The start of an IBAN written in groups: digits after it belong to the IBAN, valid or not. */
    private static final Pattern IBAN_GROUPS_BEFORE =
            Pattern.compile("(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?: [A-Z0-9]{4})* \\z");

    private static final double BASE = 0.85;

    private PaymentCardRules() {}

    static List<Rule> rules() {
        return List.of(new Rule(PiiType.PAYMENT_CARD, DIGIT_RUN, PaymentCardRules::assess));
    }

    private static void assess(CharSequence text, MatchResult run, List<PiiMatch> out) {
        List<int[]> groups = groups(text, run.start(), run.end());
        addCards(text, groups, 0, groups.size(), out);
    }

    /** Adds the longest card among groups [first, end), then looks for more cards on either side of it. */
    private static void addCards(CharSequence text, List<int[]> groups, int first, int end, List<PiiMatch> out) {
        int[] best = longestCard(text, groups, first, end);
        if (best == null) {
            return;
        }
        int start = groups.get(best[0])[0];
        int stop = groups.get(best[1])[1];
        double confidence = Cues.boosted(BASE, Cues.precededBy(CUES, text, start));
        confidence = Cues.unlessIdentifierOrAmount(confidence, text, start, stop);
        if (Cues.namedAsDocument(text, start)) {
            confidence = Cues.lowered(confidence);
        }
        out.add(new PiiMatch(start, stop, PiiType.PAYMENT_CARD, confidence));
        addCards(text, groups, first, best[0], out);
        addCards(text, groups, best[1] + 1, end, out);
    }

    /** The first and last group index of the longest (then earliest) run of whole groups that is a card, or null. */
    private static int @Nullable [] longestCard(CharSequence text, List<int[]> groups, int first, int end) {
        int[] best = null;
        int bestDigits = 0;
        for (int from = first; from < end; from++) {
            StringBuilder digits = new StringBuilder();
            for (int last = from; last < end; last++) {
                int[] group = groups.get(last);
                digits.append(text, group[0], group[1]);
                if (digits.length() > bestDigits && isCardNumber(digits.toString())) {
                    best = new int[] {from, last};
                    bestDigits = digits.length();
                }
            }
        }
        return best;
    }

    private static List<int[]> groups(CharSequence text, int start, int end) {
        List<int[]> groups = new ArrayList<>();
        int groupStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || !Digits.isDigit(text.charAt(i))) {
                groups.add(new int[] {groupStart, i});
                groupStart = i + 1;
            }
        }
        return groups;
    }

    static boolean isCardNumber(String digits) {
        int length = digits.length();
        boolean unionPay = digits.startsWith("62");
        boolean lengthFits = length >= 13 && length <= 19 || unionPay && length == 20;
        return lengthFits && knownIssuer(digits) && Checksums.luhn(digits);
    }

    /** Issuer identification ranges of the networks in use: Visa, Mastercard, Amex, Diners, JCB, Discover, UnionPay, Maestro. */
    private static boolean knownIssuer(String digits) {
        return switch (digits.charAt(0)) {
            case '4', '5', '6' -> true;
            case '3' -> "0456789".indexOf(digits.charAt(1)) >= 0;
            case '2' -> {
                int prefix = Integer.parseInt(digits.substring(0, 4));
                yield prefix >= 2221 && prefix <= 2720;
            }
            default -> false;
        };
    }
}
