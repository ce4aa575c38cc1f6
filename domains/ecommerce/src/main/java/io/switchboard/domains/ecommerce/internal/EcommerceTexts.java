package io.switchboard.domains.ecommerce.internal;

import io.switchboard.domains.core.OutboundPolicy;
import io.switchboard.domains.core.text.Language;
import java.util.List;
import java.util.regex.Pattern;

/** The e-commerce domain's fixed texts and rules. */
final class EcommerceTexts {

    static final String POLICY = """
            You are an online store's customer-service assistant. Answer from the order data you are given; never \
            promise refunds, delivery dates or compensation that the data does not show. Personal data appears as \
            typed placeholders such as [EMAIL_1]; never guess their values.""";

    static final OutboundPolicy OUTBOUND = new OutboundPolicy(
            List.of(Pattern.compile("(?i)\\bwe (?:guarantee|promise) (?:a )?(?:full )?refund\\b|保证全额退款")),
            " I can't confirm that here; a member of our team will confirm it with you.",
            32);

    private EcommerceTexts() {}

    static String askOrder(Language language) {
        return language.pick("Could you give me your order number, please?", "请提供您的订单号。");
    }

    static String orderNotFound(String number, Language language) {
        return language.pick(
                "I couldn't find order " + number + ". Could you check the order number?",
                "没有找到订单 " + number + "，请核对订单号。");
    }

    static String cannotLookUpNow(String number, Language language) {
        return language.pick(
                "I can't look up order " + number + " right now because our order system isn't responding. Please "
                        + "try again in a few minutes, or ask for an agent and I'll connect you with a member of our team.",
                "订单系统暂时无法访问，目前查不到订单 " + number + "。请稍后再试，或者说“转人工”，我为您转接人工客服。");
    }

    static String noOrderAccess(Language language) {
        return language.pick(
                "I can't look up orders in this chat, so I'm connecting you with a member of our team who can.",
                "此对话无法查询订单，正在为您转接人工客服。");
    }

    static String askItem(Language language) {
        return language.pick("Which item would you like to return?", "请问您要退哪件商品？");
    }

    static String askReason(Language language) {
        return language.pick(
                "What's the reason for the return (doesn't fit, damaged, wrong item, changed your mind)?",
                "请问退货原因是什么（尺码不合适、商品损坏、发错货、不想要了）？");
    }

    static String outsideWindow(int days, Language language) {
        return language.pick(
                "This order was delivered more than " + days + " days ago, so it is outside our return window. "
                        + "If you'd like, I can connect you with a member of our team.",
                "该订单签收已超过" + days + "天，超出退货期限。如需帮助，我可以为您转接人工客服。");
    }

    static String complaint(Language language) {
        return language.pick(
                "I'm sorry about your experience. I'm connecting you with a member of our team who can help.",
                "非常抱歉给您带来不好的体验，正在为您转接人工客服。");
    }

    static String handoff(Language language) {
        return language.pick("I'm connecting you with a member of our team now.", "正在为您转接人工客服。");
    }
}
