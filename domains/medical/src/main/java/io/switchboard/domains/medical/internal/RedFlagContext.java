package io.switchboard.domains.medical.internal;

import io.switchboard.domains.core.text.GuardedPattern;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Decides whether a red-flag mention is discounted by its clause: a negation just before it, a reference to the past
 * (history, a relative's past event), a resolution ("anymore", "已经止住") or a general question about warning signs.
 */
final class RedFlagContext {

    private static final GuardedPattern BOUNDARY = GuardedPattern.compile(
            "[,.;:!?，。；：！？\\n]|\\b(?:but|though|although|however|just|except)\\b|但是|不过|可是|就是|只是");
    private static final GuardedPattern NEGATION = GuardedPattern.compile(
            "(?:\\b(?:no|not|never|without|denies|deny|denied|none|neither|nor|don't have|doesn't have|"
                    + "haven't had|haven't got|hasn't had|free of|no longer|absence of|negative for)\\b"
                    + "|没有|没|无|未|不再|否认|并没|不是|并不|不会)[^,.;:!?，。；：！？]{0,30}$");
    private static final GuardedPattern HISTORY = GuardedPattern.compile(
            "\\b(?:(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|couple of)"
                    + " (?:years?|months?|decades?|weeks?) ago|last (?:year|month|winter|summer|spring|autumn)"
                    + "|(?:years|months|decades|long|a while|some time) ago|at (?:the )?age (?:of )?\\d+"
                    + "|in the past|history of|used to|previously|years back|as a (?:child|kid)|when i was"
                    + "|back in \\d{4}|in \\d{4}|once had|years before)\\b"
                    + "|年前|年以前|个月前|去年|前年|曾经|小时候|病史|(?<![分钟时天])以前|(?:得|中|犯|患|有|发作|想)过|过(?:一次|两次|几次|好几次)");
    private static final GuardedPattern RELATIVE_PAST = GuardedPattern.compile(
            "\\b(?:grand(?:father|mother|pa|ma)|father|mother|dad|mom|mum|uncle|aunt|brother|sister|cousin|"
                    + "parents?|family)\\b[^,.;]{0,20}\\b(?:had|died|passed away|suffered|has had)\\b"
                    + "|(?:爷爷|奶奶|外公|外婆|姥姥|姥爷|父亲|母亲|爸爸|妈妈|叔叔|阿姨|家人|家里人)[^，。]{0,8}(?:去世|走了)");
    private static final GuardedPattern RESOLVED = GuardedPattern.compile(
            "\\b(?:anymore|any more|no longer|went away|gone away|(?:has|have) stopped(?! (?:breathing|responding|moving|reacting))|healed|resolved"
                    + "|better now|fine now|gone now|(?:it's|it is|it has|pain is|pain has) gone|settles? (?:with|after) (?:rest|sitting))\\b"
                    + "|已经(?:好了|止住|不)|好多了|止住了|没事了|(?:休息|歇)[^，。]{0,5}(?:就)?好了|一下(?:子)?就好了|(?:马上|很快|一会儿?)就好了|缓过来了");
    private static final GuardedPattern QUESTION = GuardedPattern.compile(
            "\\b(?:warning signs?|signs? of|symptoms? of|what (?:is|are|causes)|what's the|difference between|how (?:do|can|should|would) (?:i|you|we|one) (?:use|give|inject|administer|treat)|how to use|how (?:do|can|to|would) "
                    + "(?:i |you |we |one )?(?:prevent|recogni[sz]e|tell|spot|know)|prevent\\w*|risk of|learn about"
                    + "|information (?:about|on)|if (?:someone|somebody|a person)|in case|caused by|hereditary|genetic|be a sign of|patients?|recovery|rehab\\w*|caring for|care for|is it normal|normal to|first aid for|how to do cpr|asking about|(?:a )?questions? about|side effects?|cause)\\b"
                    + "|预防|了解|有哪些(?:症状|表现)|征兆|前兆|什么症状|(?:有)?(?:什么|哪些)[^，。]{0,4}(?:症状|表现|信号|迹象)|怎么判断|如果有人|病人|患者|护理|康复|怎么急救|如何急救|急救知识|正常吗|会怎么样|只是问问");
    private static final GuardedPattern HYPOTHETICAL = GuardedPattern.compile(
            "\\b(?:what if|even if|(?<!sure |wonder |wondering |know |unsure |check |see |ask )if|in case|should (?:i|he|she) ever"
                    + "|planning ahead|future reference|hypothetically|just so i know|when should (?:i|we|you)|what does|what do(?:es)? (?:it|a|an))\\b|如果|万一|假如|要是|假设");
    /** A turn that opens with a denial: "no chest pain", "never had a fit", "没有胸痛", "不是喘不上气". */
    private static final GuardedPattern OPENING_NEGATION = GuardedPattern.compile(
            "^(?:(?:i|i've|i have|he|she|they|we|(?:he|she) has|there's|there is)\\s+)?(?:no|never|without|denies|denied"
                    + "|(?:do|does|did)n't have|not having|haven't had|hasn't had|free of|negative for)\\b(?!\\s+(?:pulse|response|heartbeat))"
                    + "|^(?:我|他|她|孩子)?(?:没有|没|无|从来没|从没|并没有|不是|并不)(?!(?:有)?(?:呼吸|反应|意识|知觉|脉搏|醒|气|力气|办法))");
    /** A turn that says a body site or function is fine: "breathing is fine", "呼吸还行", "胸口不疼". */
    private static final GuardedPattern FINE = GuardedPattern.compile(
            "\\b(?:is|are|feels?|seems?|looks?) (?:fine|ok|okay|normal|good|alright|all right)\\b|\\bbreathing (?:ok|okay|fine|normally)\\b"
                    + "|\\bstopped (?:bleeding|hurting)\\b|\\b(?:i'm|i am) (?:safe|ok|okay|fine)\\b|还行|挺好|正常|没事|没什么|不(?:疼|痛)了");
    /** Signs that no qualifier makes mild: a blue or grey colour, fainting. */
    private static final GuardedPattern NEVER_MILD = GuardedPattern.compile(
            "\\b(?:blue|bluish|purple|grey|gray|dusky|faint\\w*|pass(?:ed|ing)? out)\\b|发紫|发青|青紫|晕倒");

    private static final GuardedPattern MILD = GuardedPattern.compile(
            "\\b(?:a bit|a little|slightly|mild|mildly|after (?:running|exercise|exercising|climbing|the gym|a run)"
                    + "|when i (?:run|exercise|climb)|fine at rest)\\b|有点|一点|轻微|少量|血丝|\\bstreaks? of|\\bspecks? of|运动后|跑步后");
    private static final GuardedPattern MUSCULAR = GuardedPattern.compile(
            "\\b(?:from|after) (?:doing )?(?:coughing|lifting|exercise|exercising|the gym|a fall|a workout|working out|push ?-?ups|"
                    + "sit ?-?ups|press ?-?ups|training|weights|moving furniture)|\\bwhen i (?:cough|press|twist|move|lift)"
                    + "|\\bmuscle|\\bmuscular|\\bpulled|咳嗽(?:咳得|引起)|按压(?:时)?(?:疼|痛)|(?:跑完步|运动完|健身|搬东西)");
    private static final GuardedPattern SELF_HARM_RESOLVED = GuardedPattern.compile(
            "现在不会了|不再想|已经不想了|\\bno longer (?:feel|think|want)|\\bnot anymore\\b|\\bi'?m (?:safe|okay|ok|fine) now");
    private static final Set<String> MILD_MATTERS = Set.of("breathing", "bleeding", "anaphylaxis");
    private static final GuardedPattern CURRENT = GuardedPattern.compile(
            "\\b(?:now(?! (?:has|have|needs?|takes?|is on|on|due|fine|ok|okay|well|better|in rehab|recovered))|right now|just|today|currently"
                    + "|this morning|tonight)\\b|现在(?!(?:在康复|恢复|好了|没事|一切))|刚刚|刚才|今天|正在");

    private RedFlagContext() {}

    /** Every context pattern (for the tests that check each one's prefilter). */
    static List<GuardedPattern> patterns() {
        return List.of(
                BOUNDARY,
                NEGATION,
                HISTORY,
                RELATIVE_PAST,
                RESOLVED,
                QUESTION,
                HYPOTHETICAL,
                OPENING_NEGATION,
                FINE,
                NEVER_MILD,
                MILD,
                MUSCULAR,
                SELF_HARM_RESOLVED,
                CURRENT);
    }

    static boolean discounts(String category, String text, int start, int end) {
        int clauseStart = clauseStart(text, start);
        int clauseEnd = clauseEnd(text, end);
        String before = text.substring(clauseStart, start);
        String clause = text.substring(clauseStart, clauseEnd);
        String outside = before + " " + text.substring(end);
        return NEGATION.foundIn(before) || judged(category, before, clause, outside);
    }

    /**
     * Whether a turn that the model finds suspicious is discounted: the same scopes as for a rule's mention, with the
     * whole turn standing for the mention's clause; a negation counts only when the turn opens with it (the model has
     * learnt the others), and a turn that says a site or function is fine is discounted too.
     */
    static boolean discountsTurn(String category, String text) {
        return OPENING_NEGATION.foundIn(text) || FINE.foundIn(text) || judged(category, text, text, text);
    }

    private static boolean judged(String category, String before, String clause, String outside) {
        if (category.equals("cardiac") && MUSCULAR.foundIn(clause)) {
            return true;
        }
        if (category.equals("self_harm") && SELF_HARM_RESOLVED.foundIn(outside)) {
            return true;
        }
        if (!category.equals("self_harm") && RESOLVED.foundIn(outside)) {
            return true;
        }
        if (MILD_MATTERS.contains(category) && MILD.foundIn(clause) && !NEVER_MILD.foundIn(clause)) {
            return true;
        }
        boolean current = CURRENT.foundIn(clause);
        if (!current && HYPOTHETICAL.foundIn(before)) {
            return true;
        }
        if (!current && (HISTORY.foundIn(clause) || RELATIVE_PAST.foundIn(before))) {
            return true;
        }
        return !current && QUESTION.foundIn(clause);
    }

    private static int clauseStart(String text, int start) {
        int from = 0;
        if (!BOUNDARY.mayMatch(text)) {
            return from;
        }
        Matcher m = BOUNDARY.pattern().matcher(text).region(0, start);
        while (m.find()) {
            from = m.end();
        }
        return from;
    }

    private static int clauseEnd(String text, int end) {
        if (!BOUNDARY.mayMatch(text)) {
            return text.length();
        }
        Matcher m = BOUNDARY.pattern().matcher(text).region(end, text.length());
        return m.find() ? m.start() : text.length();
    }
}
