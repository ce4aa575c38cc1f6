package io.switchboard.domains.finance.internal;

import io.switchboard.domains.core.OutboundPolicy;
import io.switchboard.domains.core.text.Language;
import java.util.List;
import java.util.regex.Pattern;

/** The finance domain's fixed texts and rules. */
final class FinanceTexts {

    static final String POLICY = """
            You are a bank's customer-service assistant. You never give investment advice (which securities, funds \
            or crypto to buy or sell, or when); you never ask for or repeat full card numbers, CVV codes, PINs or \
            passwords; you discuss account details only when the customer is verified. Personal data appears as \
            typed placeholders such as [PAYMENT_CARD_1]; never guess their values.""";

    private static final Pattern INVESTMENT_REQUEST = Pattern.compile(
            "(?i)\\bshould i (?:buy|sell|invest|put (?:my|some) money)|\\b(?:which|what) (?:stocks?|shares?|funds?|"
                    + "crypto\\w*|etfs?|bonds?|coins?) (?:should|to|would|do you)|\\b(?:investment|financial) advice"
                    + "|\\brecommend (?:a |some |any )?(?:stocks?|funds?|investments?|crypto\\w*|shares?|etfs?)"
                    + "|\\bgood (?:time|idea|investment) to (?:buy|sell|invest)|\\bbest (?:stocks?|funds?|investments?)"
                    + "|\\bis \\w+ (?:stock )?a good (?:buy|investment)|\\bworth investing"
                    + "|买(?:什么|哪只|哪个|哪些)(?:股票|基金|理财)|推荐(?:一下|几只|一只|个)?(?:股票|基金|理财产品)"
                    + "|该不该(?:买|卖|投资)|要不要(?:买|卖)(?:股票|基金|比特币)|投资建议|理财建议|(?:股票|基金|比特币)(?:能不能|可以|值得)买");

    static final OutboundPolicy OUTBOUND = new OutboundPolicy(
            List.of(
                    Pattern.compile("(?i)\\byou should (?:buy|sell|invest|put your money|move your savings into)\\b"),
                    Pattern.compile("(?i)\\bi (?:would |strongly )?(?:recommend|suggest|advise) (?:buying|selling|"
                            + "investing|that you (?:buy|sell|invest))"),
                    Pattern.compile("(?i)\\bguaranteed (?:returns?|profits?)\\b"),
                    Pattern.compile("(?i)\\b(?:cvv|cvc|pin)\\b[^\\n]{0,12}\\b\\d{3,6}\\b"),
                    Pattern.compile("建议(?:您|你)?(?:买入|卖出|购买|投资|抄底)|推荐(?:您|你)?(?:买|购买)|保证收益")),
            " I can't give investment advice or share security codes. For investment decisions, please speak to a "
                    + "licensed financial adviser.",
            48);

    private FinanceTexts() {}

    static boolean asksForInvestmentAdvice(String text) {
        return INVESTMENT_REQUEST.matcher(text).find();
    }

    static String noAdvice(Language language) {
        return language.pick(
                "I'm sorry, I can't give investment advice. A licensed financial adviser can help you with that; "
                        + "I'm happy to help with your accounts, cards, payments or fees.",
                "抱歉，我不能提供投资建议。如需投资建议，请咨询持牌理财顾问；账户、银行卡、转账或费用问题我可以帮您。");
    }

    static String verify(Language language) {
        return language.pick(
                "Before I can help with your account, I need to verify your identity. Please tell me your date of "
                        + "birth and the last four digits of your card. Never share your full card number, CVV or PIN.",
                "在处理账户问题之前，需要先核实您的身份。请提供您的出生日期和银行卡尾号后四位。请勿提供完整卡号、CVV或密码。");
    }

    static String verifyAgain(Language language) {
        return language.pick(
                "Those details don't match our records. Please check your date of birth and the last four digits of "
                        + "your card and try again.",
                "信息与记录不符，请核对出生日期和卡号后四位后重试。");
    }

    static String cannotVerifyNow(Language language) {
        return language.pick(
                "I can't check your details right now because our customer records aren't responding, so I can't "
                        + "discuss your account yet. Please try again in a few minutes, or ask for an agent and I'll "
                        + "connect you with a member of our team.",
                "客户记录系统暂时无法访问，目前无法核实您的身份，因此暂时不能处理账户问题。请稍后再试，或者说“转人工”，我为您转接人工客服。");
    }

    static String noVerification(Language language) {
        return language.pick(
                "I can't verify your identity in this chat, so I can't discuss your account here. I'm connecting you "
                        + "with a member of our team who can.",
                "此对话无法核实您的身份，因此不能在这里处理账户问题。正在为您转接人工客服。");
    }

    static String handoff(Language language) {
        return language.pick("I'm connecting you with a member of our team now.", "正在为您转接人工客服。");
    }
}
