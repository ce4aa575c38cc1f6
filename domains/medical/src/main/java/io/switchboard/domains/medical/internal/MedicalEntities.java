package io.switchboard.domains.medical.internal;

import io.switchboard.domains.core.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Extracts the facts triage needs, English and Chinese: symptom, body site, onset, severity, age, drugs, allergies. */
final class MedicalEntities {

    static final String SYMPTOM = "symptom";
    static final String BODY_SITE = "body_site";
    static final String ONSET = "onset";
    static final String SEVERITY = "severity";
    static final String AGE = "age";
    static final String MEDICATION = "medication";
    static final String ALLERGY = "allergy";
    static final String PREGNANCY = "pregnancy";

    private static final Map<String, Pattern> LEXICON = Map.of(
            SYMPTOM,
                    Pattern.compile("\\b(?:fever|temperature|cough\\w*|headache|migraine|rash|sore throat|runny nose"
                            + "|blocked nose|sneez\\w*|dizz\\w*|nause\\w*|vomit\\w*|throwing up|diarrho?ea|stomach ?ache"
                            + "|cramps?|pain|ache|aching|hurts?|swollen|swelling|itch\\w*|tired|fatigue|chills|toothache"
                            + "|insomnia|can't sleep|burn(?:ed|t)?|sprain\\w*|twisted|bruise\\w*|cold|flu)\\b"
                            + "|发烧|发热|咳嗽|头疼|头痛|偏头痛|疹子|皮疹|嗓子疼|喉咙痛|流鼻涕|鼻塞|打喷嚏|头晕|恶心|呕吐|拉肚子|腹泻"
                            + "|肚子疼|胃疼|腹痛|疼|痛|肿|痒|累|乏力|发冷|牙疼|失眠|烫伤|扭伤|感冒"),
            BODY_SITE,
                    Pattern.compile("\\b(?:head|throat|nose|ear|eye|chest|stomach|belly|abdomen|back|neck"
                            + "|shoulder|arm|wrist|hand|finger|leg|knee|ankle|foot|skin|tooth|teeth)s?\\b"
                            + "|头|嗓子|喉咙|鼻子|耳朵|眼睛|胸|肚子|胃|腹|腰|背|脖子|肩|手臂|胳膊|手腕|手|腿|膝盖|脚踝|脚|皮肤|牙"),
            MEDICATION,
                    Pattern.compile("\\b(?:ibuprofen|paracetamol|acetaminophen|tylenol|aspirin|amoxicillin"
                            + "|penicillin|metformin|insulin|antibiotics?|antihistamines?|inhaler|statins?|warfarin"
                            + "|omeprazole|codeine|blood pressure (?:pills|medicine|medication))\\b"
                            + "|布洛芬|对乙酰氨基酚|扑热息痛|阿司匹林|阿莫西林|青霉素|二甲双胍|胰岛素|抗生素|降压药|感冒药|退烧药"),
            PREGNANCY, Pattern.compile("\\bpregnan\\w*\\b|怀孕|孕妇|孕期"));
    private static final Pattern ONSET_EN = Pattern.compile("\\b(?:for|since|over the (?:last|past))?\\s?"
            + "(?:\\d+|a|an|one|two|three|four|five|six|seven|ten|few|several|couple of) (?:hours?|days?|weeks?|months?"
            + "|years?)\\b(?![- ]old)|\\bsince (?:yesterday|last night|this morning|monday|tuesday|wednesday|thursday|friday"
            + "|saturday|sunday|last week)\\b|\\b(?:this morning|yesterday|last night|today|all (?:day|week))\\b");
    private static final Pattern ONSET_ZH =
            Pattern.compile("[\\d一二两三四五六七八九十几半]+(?:个)?(?:小时|天|周|星期|个月|月|年)|(?:从)?(?:昨天|前天|今天|昨晚|今早|早上|上周)(?:开始)?");
    private static final Pattern SEVERITY_EN = Pattern.compile("\\b(?:mild|slight(?:ly)?|a bit|a little|moderate"
            + "|severe|terrible|unbearable|worst|really bad|very bad|excruciating|(?:10|[0-9]) ?(?:/|out of) ?10)\\b");
    private static final Pattern SEVERITY_ZH = Pattern.compile("有点|有些|轻微|一点|比较|挺|很|非常|剧烈|厉害|严重|受不了");
    private static final Pattern AGE_PATTERN = Pattern.compile("\\b(\\d{1,3})[- ]?(?:years?|yrs?|year)[- ]?old\\b"
            + "|\\bi'?m (\\d{1,3})\\b|\\baged? (\\d{1,3})\\b|(\\d{1,3}) ?岁|(\\d{1,2})[- ]?months?[- ]?old|(\\d{1,2})个月大"
            + "|\\b(baby|infant|newborn)\\b|(婴儿|宝宝|新生儿)");
    private static final Pattern ALLERGY_PATTERN = Pattern.compile(
            "allergic to ([a-z]+(?: [a-z]+)?)|\\b([a-z]+) allergy\\b|对(\\S{1,6}?)过敏|no (?:known )?allergies|没有过敏");

    private MedicalEntities() {}

    static List<Entity> extract(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        List<Entity> found = new ArrayList<>();
        LEXICON.forEach((type, pattern) -> all(pattern, lower, type, found));
        all(ONSET_EN, lower, ONSET, found);
        all(ONSET_ZH, lower, ONSET, found);
        all(SEVERITY_EN, lower, SEVERITY, found);
        all(SEVERITY_ZH, lower, SEVERITY, found);
        groups(AGE_PATTERN, lower, AGE, found);
        groups(ALLERGY_PATTERN, lower, ALLERGY, found);
        return found;
    }

    private static void all(Pattern pattern, String text, String type, List<Entity> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (!m.group().isBlank()) {
                into.add(new Entity(type, m.group().strip()));
            }
        }
    }

    private static void groups(Pattern pattern, String text, String type, List<Entity> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String value = m.group();
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    value = m.group(g);
                    break;
                }
            }
            if (m.group().contains("month")
                    || m.group().contains("个月")
                    || value.matches("baby|infant|newborn|婴儿|宝宝|新生儿")) {
                value = "0";
            }
            if (m.group().startsWith("no") || m.group().startsWith("没有")) {
                value = "none";
            }
            into.add(new Entity(type, value));
        }
    }
}
