package io.switchboard.domains.core.pii.internal;

import io.switchboard.domains.core.pii.PiiMatch;
import io.switchboard.domains.core.pii.PiiType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Phone numbers: international (E.164, "+" and a country code, grouped as people write them), North American
 * ({@code (415) 555-0100}, {@code 415.555.0100}), Chinese mobiles ({@code 1[3-9]} and nine digits, optionally
 * {@code +86}) and, with a cue, Chinese landlines, UK numbers in national format ({@code 07700 900123},
 * {@code 020 7946 0958}) and bare ten-digit North American numbers.
 */
final class PhoneRules {

    private static final String BEFORE = "(?<![A-Za-z0-9_+.-])";
    private static final String AFTER = "(?![A-Za-z0-9_]|[.-]\\d)" + Cues.AMOUNT_AHEAD;

    private static final Pattern INTERNATIONAL =
            Pattern.compile("(?<![A-Za-z0-9_+])(?:\\+|00)\\d{1,3}(?:[ .-]?(?:\\(\\d{1,4}\\)|\\d{1,5})){1,7}" + AFTER);
    private static final Pattern NORTH_AMERICAN =
            Pattern.compile(BEFORE + "(?<!\\()(?:1[ .-])?(?:\\(\\d{3}\\)[ .-]?|\\d{3}[ .-])\\d{3}[ .-]\\d{4}" + AFTER);
    private static final Pattern NORTH_AMERICAN_BARE = Pattern.compile(BEFORE + "[2-9]\\d{2}[2-9]\\d{6}" + AFTER);
    private static final Pattern CN_MOBILE =
            Pattern.compile(BEFORE + "(?:(?:\\+|00)86[ -]?|\\(\\+?86\\)\\s?)?1[3-9]\\d(?:[ -]?\\d{4}){2}" + AFTER);
    private static final Pattern CN_LANDLINE = Pattern.compile(BEFORE + "0\\d{2,3}[ -]?[2-9]\\d{6,7}" + AFTER);
    /** UK national format: a mobile 07xxx xxxxxx, or a geographic 01…/02… number in its usual groups. */
    private static final Pattern UK_NATIONAL =
            Pattern.compile(BEFORE + "(?:07[1-9]\\d{2} ?\\d{3} ?\\d{3}|0[12]\\d{1,3} \\d{3,4} ?\\d{3,4})" + AFTER);

    private static final Pattern CUES = Cues.anyOf(
            "phone",
            "call",
            "tel",
            "mobile",
            "cell",
            "reach",
            "contact",
            "text me",
            "whatsapp",
            "fax",
            "landline",
            "座机",
            "固话",
            "number",
            "手机",
            "电话",
            "联系",
            "拨打",
            "致电",
            "号码",
            "微信",
            "来电");

    private PhoneRules() {}

    static List<Rule> rules() {
        return List.of(
                new Rule(PiiType.PHONE, INTERNATIONAL, PhoneRules::international),
                new Rule(PiiType.PHONE, NORTH_AMERICAN, (text, m, out) -> {
                    String digits = Digits.only(m.group());
                    if (northAmerican(digits.length() == 11 ? digits.substring(1) : digits)) {
                        add(text, m.start(), m.end(), 0.6, out);
                    }
                }),
                new Rule(PiiType.PHONE, NORTH_AMERICAN_BARE, (text, m, out) -> add(text, m.start(), m.end(), 0.3, out)),
                new Rule(PiiType.PHONE, CN_MOBILE, (text, m, out) -> {
                    double base = m.group().length() > 13 ? 0.8 : 0.6;
                    add(text, m.start(), m.end(), base, out);
                }),
                new Rule(PiiType.PHONE, CN_LANDLINE, (text, m, out) -> add(text, m.start(), m.end(), 0.4, out)),
                new Rule(PiiType.PHONE, UK_NATIONAL, (text, m, out) -> {
                    int length = Digits.only(m.group()).length();
                    if (length == 10 || length == 11) {
                        add(text, m.start(), m.end(), 0.4, out);
                    }
                }));
    }

    private static void international(CharSequence text, MatchResult m, List<PiiMatch> out) {
        List<int[]> groups = groups(text, m.start(), m.end());
        StringBuilder digits = new StringBuilder();
        List<String> prefixes = new ArrayList<>();
        for (int[] group : groups) {
            String block = text.subSequence(group[0], group[1]).toString();
            if (!block.equals("(0)")) {
                digits.append(Digits.only(block));
            }
            prefixes.add(digits.toString());
        }
        for (int last = groups.size() - 1; last >= 1; last--) {
            if (validInternational(stripExitCode(text, m.start(), prefixes.get(last)))) {
                add(text, m.start(), groups.get(last)[1], 0.75, out);
                return;
            }
        }
    }

    private static String stripExitCode(CharSequence text, int start, String digits) {
        return text.charAt(start) == '+' ? digits : digits.substring(2);
    }

    /** Whether digits (country code first) have the length their country's plan allows. */
    static boolean validInternational(String digits) {
        int length = digits.length();
        if (digits.startsWith("1")) {
            return length == 11 && northAmerican(digits.substring(1));
        }
        if (digits.startsWith("86")) {
            boolean mobile = length == 13 && digits.charAt(2) == '1' && digits.charAt(3) >= '3';
            boolean landline = (length == 12 || length == 13) && digits.charAt(2) != '0' && digits.charAt(2) != '1';
            return mobile || landline || length == 12 && digits.startsWith("8610");
        }
        if (digits.startsWith("44")) {
            return length == 12 || length == 11;
        }
        if (digits.startsWith("7")) {
            return length == 11;
        }
        return length >= 9 && length <= 15 && digits.charAt(0) != '0';
    }

    /** Ten digits with a valid area code and exchange (both start with 2 to 9). */
    static boolean northAmerican(String tenDigits) {
        return tenDigits.length() == 10 && tenDigits.charAt(0) >= '2' && tenDigits.charAt(3) >= '2';
    }

    private static void add(CharSequence text, int start, int end, double base, List<PiiMatch> out) {
        double confidence = Cues.boosted(base, Cues.precededBy(CUES, text, start));
        confidence = Cues.unlessIdentifierOrAmount(confidence, text, start, end);
        out.add(new PiiMatch(start, end, PiiType.PHONE, confidence));
    }

    /** The blocks of a phone number: a "+" country code, digit runs and parenthesised runs, in order. */
    private static List<int[]> groups(CharSequence text, int start, int end) {
        List<int[]> groups = new ArrayList<>();
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ' || c == '.' || c == '-') {
                i++;
                continue;
            }
            int groupStart = i;
            if (c == '(') {
                i = indexOf(text, ')', i, end) + 1;
            } else {
                i++;
                while (i < end && Digits.isDigit(text.charAt(i))) {
                    i++;
                }
            }
            groups.add(new int[] {groupStart, i});
        }
        return groups;
    }

    private static int indexOf(CharSequence text, char c, int from, int end) {
        for (int i = from; i < end; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return end - 1;
    }
}
