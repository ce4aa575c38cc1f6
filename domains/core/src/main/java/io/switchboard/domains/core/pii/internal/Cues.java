package io.switchboard.domains.core.pii.internal;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Context words around a candidate, as Presidio uses them: a cue word nearby raises the confidence; a label that
 * names the number as something else (an order, a tracking or invoice number) or a currency lowers it.
 */
final class Cues {

    /** How far before a candidate cue words are looked for. */
    static final int WINDOW = 48;

    /** What a positive cue adds, and the least a candidate with a cue scores (Presidio's defaults). */
    static final double BOOST = 0.35;

    static final double BOOSTED_FLOOR = 0.4;

    /** What a label naming the number as a non-PII identifier, or a currency, takes away. */
    static final double PENALTY = 0.6;

    /**
     * A lookahead to end every numeric pattern with: it reads the currency word an amount may carry after it, so the
     * rule's pattern covers everything {@link #isAmount} looks at.
     */
    static final String AMOUNT_AHEAD =
            "(?=(?:\\s?(?:元|块|圆|美元|欧元|英镑|人民币|(?i:usd|eur|gbp|rmb|cny|dollars?|euros?|pounds?|yuan|bucks)"
                    + "(?![A-Za-z])))?)";

    private static final Pattern CURRENCY_AFTER = Pattern.compile(
            "\\s?(?:元|块|圆|美元|欧元|英镑|人民币|(?i:usd|eur|gbp|rmb|cny|dollars?|euros?|pounds?|yuan|bucks)(?![A-Za-z]))");

    private static final Pattern CURRENCY_BEFORE =
            Pattern.compile("(?:[$€£¥￥]|(?<![A-Za-z])(?i:usd|eur|gbp|rmb|cny|jpy|hkd|us\\$))\\s?\\z");

    private static final String FILLER = "(?:\\s|[:#：＃.=(（\"'“-]|(?<![a-z])(?:number|numbers|nr|no|num|nos|id|ids|code"
            + "|is|was|are|were|says|said|shows|showed|reads|the|of)(?![a-z])"
            + "|号码|号|码|是|为)*\\z";

    private static final Pattern IDENTIFIER_LABEL = Pattern.compile(
            "(?:(?<![a-z])(?:orders?|tracking|track|invoices?|references?|ref|items?|sku|products?|parcel|package"
                    + "|shipment|waybill|consignment|confirmation|booking|reservation|ticket|case|receipt|transaction"
                    + "|txn|serial|model|part|batch|lot|policy|claim|po|awb|rma|shipping|delivery)(?![a-z])"
                    + "|订单|单号|编号|快递|快件|包裹|运单|物流|发票|商品|货号|参考号|流水号|交易号|工单|序列号|批次)"
                    + FILLER,
            Pattern.CASE_INSENSITIVE);

    private static final Pattern DOCUMENT_LABEL = Pattern.compile(
            "(?:(?<![a-z])(?:(?:national |resident |citizen )?id (?:card|number|no)|identity(?: card| number)?"
                    + "|passport(?: number| no)?|ssn|social security(?: number)?)(?![a-z])|身份证|证件|居民身份|护照|社保)"
                    + FILLER,
            Pattern.CASE_INSENSITIVE);

    /** The start of an IBAN written in groups: digits after it belong to the IBAN, valid or not. */
    private static final Pattern IBAN_GROUPS_BEFORE =
            Pattern.compile("(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?: [A-Z0-9]{4}){0,8} \\z");

    private Cues() {}

    /**
     * A pattern that finds any of the cues: ASCII cues match case-insensitively at the start of a word (so "card"
     * finds "cards" but not "discard"), other cues (Chinese) anywhere.
     */
    static Pattern anyOf(String... cues) {
        String alternatives = Arrays.stream(cues)
                .map(cue -> isAscii(cue) ? "(?<![a-z])" + Pattern.quote(cue) : Pattern.quote(cue))
                .collect(Collectors.joining("|"));
        return Pattern.compile(alternatives, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Whether one of the cues occurs in the same sentence within {@link #WINDOW} chars before {@code start}. */
    static boolean precededBy(Pattern cues, CharSequence text, int start) {
        return cues.matcher(sentenceBefore(text, start, WINDOW)).find();
    }

    /** The base confidence, raised when a cue is present (never above 1). */
    static double boosted(double base, boolean cued) {
        return cued ? rounded(Math.min(1.0, Math.max(BOOSTED_FLOOR, base + BOOST))) : base;
    }

    /**
     * The confidence lowered when the number is an order, tracking or invoice number, an amount, or the tail of an
     * IBAN written in groups.
     */
    static double unlessIdentifierOrAmount(double confidence, CharSequence text, int start, int end) {
        return namedAsIdentifier(text, start) || isAmount(text, start, end) || insideGroupedIban(text, start)
                ? lowered(confidence)
                : confidence;
    }

    /** The confidence after a cue that speaks against the candidate. */
    static double lowered(double confidence) {
        return rounded(Math.max(0, confidence - PENALTY));
    }

    private static double rounded(double confidence) {
        return Math.round(confidence * 100) / 100.0;
    }

    private static boolean insideGroupedIban(CharSequence text, int start) {
        return IBAN_GROUPS_BEFORE
                .matcher(text.subSequence(Math.max(0, start - 48), start))
                .find();
    }

    /** Whether an identity document's label ("身份证", "ID number", "passport") names the number at {@code start}. */
    static boolean namedAsDocument(CharSequence text, int start) {
        return DOCUMENT_LABEL.matcher(sentenceBefore(text, start, WINDOW)).find();
    }

    /** Whether a label like "order number", "Reference" or "订单号" names the number starting at {@code start}. */
    static boolean namedAsIdentifier(CharSequence text, int start) {
        return IDENTIFIER_LABEL.matcher(sentenceBefore(text, start, WINDOW)).find();
    }

    /** Whether the number is money: a currency sign or code just before it, or a currency word just after it. */
    static boolean isAmount(CharSequence text, int start, int end) {
        if (CURRENCY_BEFORE
                .matcher(text.subSequence(Math.max(0, start - 5), start))
                .find()) {
            return true;
        }
        return CURRENCY_AFTER
                .matcher(text)
                .useTransparentBounds(true)
                .region(end, text.length())
                .lookingAt();
    }

    /** The text before {@code start}, at most {@code max} chars, cut after the last sentence end. */
    static String sentenceBefore(CharSequence text, int start, int max) {
        int from = Math.max(0, start - max);
        for (int i = start - 1; i >= from; i--) {
            if (endsSentence(text, i)) {
                return text.subSequence(i + 1, start).toString();
            }
        }
        return text.subSequence(from, start).toString();
    }

    private static boolean endsSentence(CharSequence text, int i) {
        char c = text.charAt(i);
        if ("!?。！？;；\n".indexOf(c) >= 0) {
            return true;
        }
        return c == '.'
                && i + 1 < text.length()
                && Character.isWhitespace(text.charAt(i + 1))
                && wordBefore(text, i) >= 3;
    }

    private static int wordBefore(CharSequence text, int dot) {
        int length = 0;
        while (dot - length - 1 >= 0 && Character.isLetter(text.charAt(dot - length - 1))) {
            length++;
        }
        return length;
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 128);
    }
}
