package io.switchboard.domains.core.pii.internal;

import io.switchboard.domains.core.pii.PiiMatch;
import io.switchboard.domains.core.pii.PiiType;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Dates of birth: a real, past date in a common English or Chinese format that the text says is a birth date ("born
 * on", "DOB", "date of birth", "出生", "生日" just before it, or "出生" just after it). Any other date is not PII.
 */
final class DateOfBirthRules {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String FOLLOWING_CUE =
            "\\s{0,2}(?:出生|生人|生的|生(?=[，。,.!?！？\\s]|$)|\\((?i:dob|date of birth)\\))";
    private static final String AHEAD = "(?=(?:" + FOLLOWING_CUE + ")?)";
    private static final String NUMERIC_BEFORE = "(?<![A-Za-z0-9_./-])";
    private static final String NUMERIC_AFTER = "(?![A-Za-z0-9_]|[./-]\\d)";

    private static final Pattern YEAR_FIRST =
            Pattern.compile(NUMERIC_BEFORE + "(\\d{4})([./-])(\\d{1,2})\\2(\\d{1,2})" + NUMERIC_AFTER + AHEAD);
    private static final Pattern YEAR_LAST =
            Pattern.compile(NUMERIC_BEFORE + "(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})" + NUMERIC_AFTER + AHEAD);
    private static final Pattern SHORT_YEAR_LAST =
            Pattern.compile(NUMERIC_BEFORE + "(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{2})" + NUMERIC_AFTER + AHEAD);
    private static final Pattern CHINESE =
            Pattern.compile("(?<![A-Za-z0-9_])(\\d{4})\\s?年\\s?(\\d{1,2})\\s?月\\s?(\\d{1,2})\\s?[日号]" + AHEAD);
    private static final Pattern CHINESE_YEAR_MONTH =
            Pattern.compile("(?<![A-Za-z0-9_])(\\d{4})\\s?年\\s?(\\d{1,2})\\s?月(?!\\s?\\d)" + AHEAD);
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?<![A-Za-z])" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?![A-Za-z0-9_])" + AHEAD,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?<![A-Za-z0-9_])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})(?![A-Za-z0-9_])"
                    + AHEAD,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPACT =
            Pattern.compile(NUMERIC_BEFORE + "((?:18|19|20)\\d{2})(\\d{2})(\\d{2})" + NUMERIC_AFTER + AHEAD);

    private static final Pattern CUE = Pattern.compile(
            "(?<![a-z])(?:born|birth|birthday|birthdate|dob|d\\.o\\.b\\.?|b-day|bday)(?![a-z])|出生|生日|生于|诞生",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GAP_BREAKER = Pattern.compile(
            "[\\d,，;；]|(?<![a-z])(?:and|but|or|while|then|bought|ordered|purchased|shipped|paid|delivered|placed"
                    + "|expires?|issued|joined|moved)(?![a-z])|和|但|买|下单|购买|付款|发货|到期|办理",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FOLLOWING = Pattern.compile(FOLLOWING_CUE);
    private static final int MAX_GAP = 28;

    private DateOfBirthRules() {}

    static List<Rule> rules() {
        return List.of(
                rule(YEAR_FIRST, m -> date(m.group(1), m.group(3), m.group(4))),
                rule(YEAR_LAST, m -> {
                    LocalDate monthFirst = date(m.group(4), m.group(1), m.group(3));
                    return monthFirst != null ? monthFirst : date(m.group(4), m.group(3), m.group(1));
                }),
                rule(SHORT_YEAR_LAST, m -> {
                    String year = fullYear(m.group(4));
                    LocalDate monthFirst = date(year, m.group(1), m.group(3));
                    return monthFirst != null ? monthFirst : date(year, m.group(3), m.group(1));
                }),
                rule(CHINESE, m -> date(m.group(1), m.group(2), m.group(3))),
                rule(CHINESE_YEAR_MONTH, m -> date(m.group(1), m.group(2), "1")),
                rule(MONTH_FIRST, m -> date(m.group(3), month(m.group(1)), m.group(2))),
                rule(DAY_FIRST, m -> date(m.group(3), month(m.group(2)), m.group(1))),
                rule(COMPACT, m -> date(m.group(1), m.group(2), m.group(3))));
    }

    private static Rule rule(Pattern pattern, Function<MatchResult, @Nullable LocalDate> parse) {
        return new Rule(PiiType.DATE_OF_BIRTH, pattern, (text, m, out) -> {
            LocalDate date = parse.apply(m);
            if (date == null || date.getYear() < 1880 || date.isAfter(LocalDate.now(ZoneOffset.UTC))) {
                return;
            }
            boolean said = saidBefore(text, m.start()) || saidAfter(text, m.end());
            out.add(new PiiMatch(m.start(), m.end(), PiiType.DATE_OF_BIRTH, said ? 0.9 : 0.2));
        });
    }

    /** Whether a birth cue precedes the date in the same sentence, with nothing in between that starts another fact. */
    private static boolean saidBefore(CharSequence text, int start) {
        String window = Cues.sentenceBefore(text, start, Cues.WINDOW);
        Matcher cue = CUE.matcher(window);
        while (cue.find()) {
            String gap = window.substring(cue.end());
            if (gap.length() <= MAX_GAP && !GAP_BREAKER.matcher(gap).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean saidAfter(CharSequence text, int end) {
        return FOLLOWING
                .matcher(text)
                .useTransparentBounds(true)
                .region(end, text.length())
                .lookingAt();
    }

    /** A two-digit year as the most recent year it can be that is not in the future. */
    private static String fullYear(String twoDigits) {
        int thisYear = LocalDate.now(ZoneOffset.UTC).getYear();
        int year = thisYear / 100 * 100 + Integer.parseInt(twoDigits);
        return Integer.toString(year > thisYear ? year - 100 : year);
    }

    private static @Nullable String month(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        int index = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                .indexOf(prefix);
        return index < 0 ? null : Integer.toString(index + 1);
    }

    private static @Nullable LocalDate date(String year, @Nullable String month, String day) {
        if (month == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
