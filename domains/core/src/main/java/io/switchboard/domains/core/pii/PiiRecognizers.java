package io.switchboard.domains.core.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Stand-in recognizers: e-mail and Luhn-valid card numbers only. */
public final class PiiRecognizers {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern CARD = Pattern.compile("(?<!\\d)\\d(?:[ -]?\\d){12,18}(?!\\d)");

    public static PiiRecognizers defaults() {
        return new PiiRecognizers();
    }

    public List<PiiMatch> find(String text) {
        List<PiiMatch> matches = new ArrayList<>();
        var m = EMAIL.matcher(text);
        while (m.find()) {
            matches.add(new PiiMatch(m.start(), m.end(), PiiType.EMAIL, 0.95));
        }
        m = CARD.matcher(text);
        while (m.find()) {
            if (luhn(m.group().replaceAll("[ -]", ""))) {
                matches.add(new PiiMatch(m.start(), m.end(), PiiType.PAYMENT_CARD, 0.95));
            }
        }
        matches.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return matches;
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
        }
        return sum % 10 == 0;
    }
}
