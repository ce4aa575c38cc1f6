package io.switchboard.domains.finance.internal;

import io.switchboard.domains.core.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finance entities in English and Chinese: amounts with currencies, account types, transaction dates. */
final class FinanceEntities {

    private static final String NUMBER = "\\d[\\d,]*(?:\\.\\d+)?";
    private static final Pattern PREFIXED =
            Pattern.compile("(\\$|€|£|¥|￥|usd|eur|gbp|cny|rmb|人民币)\\s?(" + NUMBER + ")");
    private static final Pattern SUFFIXED = Pattern.compile("(" + NUMBER + ")\\s?(万|千)?\\s?"
            + "(dollars?|bucks|euros?|pounds?|yuan|usd|eur|gbp|cny|rmb|美元|欧元|英镑|元|块钱|块)");
    private static final Map<String, String> CURRENCY = Map.ofEntries(
            Map.entry("$", "USD"),
            Map.entry("dollar", "USD"),
            Map.entry("dollars", "USD"),
            Map.entry("bucks", "USD"),
            Map.entry("usd", "USD"),
            Map.entry("美元", "USD"),
            Map.entry("€", "EUR"),
            Map.entry("euro", "EUR"),
            Map.entry("euros", "EUR"),
            Map.entry("eur", "EUR"),
            Map.entry("欧元", "EUR"),
            Map.entry("£", "GBP"),
            Map.entry("pound", "GBP"),
            Map.entry("pounds", "GBP"),
            Map.entry("gbp", "GBP"),
            Map.entry("英镑", "GBP"));
    private static final Map<Pattern, String> ACCOUNTS = Map.of(
            Pattern.compile("checking|current account|活期"), "checking",
            Pattern.compile("savings?(?: account)?|储蓄账户|定期|存款"), "savings",
            Pattern.compile("credit card|信用卡"), "credit_card",
            Pattern.compile("debit card|储蓄卡|借记卡|银行卡"), "debit_card",
            Pattern.compile("mortgage|home loan|房贷"), "mortgage",
            Pattern.compile("(?:personal |car |auto )?loan account|贷款账户"), "loan");
    private static final Pattern DATE =
            Pattern.compile("\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b|\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b"
                    + "|\\b(?:yesterday|today|last (?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                    + "|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b"
                    + "|\\b\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b"
                    + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \\d{1,2}(?:st|nd|rd|th)?\\b"
                    + "|\\d{4}年\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}月\\d{1,2}[日号]|昨天|前天|今天|上周[一二三四五六日]?|上个月|本月");

    private FinanceEntities() {}

    static List<Entity> extract(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Entity> found = new ArrayList<>();
        Matcher m = PREFIXED.matcher(lower);
        while (m.find()) {
            found.add(new Entity("amount", m.group(2).replace(",", "") + " " + currency(m.group(1))));
        }
        m = SUFFIXED.matcher(lower);
        while (m.find()) {
            String number = m.group(1).replace(",", "");
            if (m.group(2) != null) {
                number = new java.math.BigDecimal(number)
                        .multiply(java.math.BigDecimal.valueOf(m.group(2).equals("万") ? 10_000 : 1_000))
                        .toPlainString();
            }
            found.add(new Entity("amount", number + " " + currency(m.group(3))));
        }
        ACCOUNTS.forEach((pattern, type) -> {
            if (pattern.matcher(lower).find()) {
                found.add(new Entity("account_type", type));
            }
        });
        m = DATE.matcher(lower);
        while (m.find()) {
            found.add(new Entity("date", m.group()));
        }
        return found;
    }

    private static String currency(String token) {
        return CURRENCY.getOrDefault(token, "CNY");
    }
}
