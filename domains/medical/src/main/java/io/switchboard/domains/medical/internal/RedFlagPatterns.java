package io.switchboard.domains.medical.internal;

import io.switchboard.domains.medical.internal.RedFlagRules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The red-flag vocabulary, English and Chinese, one list of alternatives per category (text is lower-cased first). */
final class RedFlagPatterns {

    private static final String WHO = "(?:my |his |her |their |the |your )?";

    private static final String CHEST = "\\bchest|breastbone|sternum|\\bheart\\b";
    private static final String CHEST_ALARM =
            "crush|squeez|pressure(?! cuff)|tight|heavy|heaviness|pain|ache|aching|hurt|burning|"
                    + "elephant|weight|vice|band|stabbing|on fire|ripping|tearing";
    private static final String FACE = "\\bface|\\bmouth|\\bsmile|\\blip|\\beyelid";
    private static final String FACE_ALARM =
            "droop|sag|dropped|drooped|crooked|lopsided|uneven|twisted|slid|fall(?:en|ing)? down|numb|pull\\w* to one side";
    private static final String BREATH = "\\bbreath\\w*|\\bair\\b|\\bwheez\\w*";
    private static final String BREATH_ALARM =
            "can't|cannot|barely|hardly|gasp|struggl|fight|labou?red|ragged|rattl|fast and shallow|"
                    + "noisy|whistl|not enough|not getting|won't come|won't go";
    private static final String BREATH_ALARM_BEFORE =
            "can't|cannot|barely|hardly|gasping for|struggling for|fighting for|"
                    + "not getting enough|can't get|hungry for";
    private static final String ALLERGY_SITE = "\\btongue|\\bthroat|\\blips?\\b|\\bface\\b|\\beyes\\b|\\bmouth";
    private static final String ALLERGY_ALARM =
            "huge|massive|twice|blow\\w* up|blew up|swell|swollen|puff|balloon|closing|" + "tight|thick";
    private static final String ALLERGEN =
            "peanut|\\bnuts?\\b|shrimp|prawn|shellfish|crab|lobster|fish|sesame|egg|milk|"
                    + "stung|sting|bee|wasp|hornet|penicillin|antibiotic|amoxicillin|injection|jab|vaccine|shot|allerg";
    private static final String DRUG =
            "pills|tablets|capsules|meds|paracetamol|acetaminophen|tylenol|panadol|ibuprofen|advil"
                    + "|aspirin|insulin|xanax|valium|diazepam|oxy\\w*|codeine|tramadol|morphine|fentanyl|sleeping|painkillers"
                    + "|antidepressants|benzos?|opioids?|heroin|ecstasy|mdma|molly|ketamine|cocaine|\\bmeth\\b|ghb";
    private static final String SEDATIVE =
            "xanax|valium|diazepam|lorazepam|ativan|klonopin|benzos?|sleeping pills|sleeping tablets"
                    + "|oxy\\w*|codeine|tramadol|morphine|fentanyl|opioids?|heroin|methadone";

    private static final String FOOD_OR_STING =
            "milk|\\begg|dairy|peanut|\\bnuts?\\b|shrimp|prawn|shellfish|crab|lobster|sesame|stung|\\bsting|"
                    + "\\bbee\\b|wasp|hornet";
    private static final String FOOD_OR_STING_ZH = "花生|坚果|海鲜|虾|蟹|芒果|蜂|蜇|蛰";

    private RedFlagPatterns() {}

    static List<Rule> all() {
        List<Rule> rules = new ArrayList<>();
        add(
                rules,
                "self_harm",
                "kill(?:ing)? (?:my|him|her)self",
                "end(?:ing)? (?:my|his|her) (?:own )?life",
                "end(?:ing)? it all",
                "end(?:ing)? everything",
                "suicid",
                "(?:want|wanna|wish|going) to die",
                "don't want to (?:live|be alive|wake up|be here)",
                "better off dead",
                "better off without me",
                "(?:nobody|no one) would (?:miss|care)",
                "if i (?:was|were) gone",
                "to end (?:it|my life|things)\\b",
                "suicide note",
                "goodbye (?:note|letter)",
                "(?:going to|gonna|want to|will) (?:take|swallow) (?:all|every one of|the rest of) (?:of )?(?:my|the) (?:\\w+ )?(?:pills|tablets|meds|medication)",
                "(?:going to|want to|gonna|about to) end it\\b",
                "(?:hurt|harm|cut|hurting|harming|cutting) (?:my|him|her|them)sel(?:f|ves)",
                "(?:cut|slit|slashed|slashing|cutting) (?:my|his|her|their) wrists?",
                "self[- ]?harm",
                "no reason to live",
                "take my (?:own )?life",
                "(?:took|swallowed|taken|take)[^.]{0,40}on purpose",
                "自杀",
                "不想活",
                "活不下去",
                "(?<!不)想死",
                "去死",
                "结束(?:自己的)?生命",
                "轻生",
                "割腕",
                "自残",
                "自我伤害",
                "伤害自己",
                "跳楼",
                "故意(?:吃|喝|吞|服)",
                "了结自己");
        add(
                rules,
                "cardiac",
                "chest (?:pain|pains|pressure|tightness|heaviness|discomfort|ache)",
                "(?:pain|pressure|tightness|heaviness|squeezing|crushing|ache|aching|hurts?|hurting)[^.,]{0,20}"
                        + "\\b(?:in|on|across|around|of) " + WHO + "chest",
                "chest (?:is |feels |feel |felt )?(?:really |very |so |a bit )?"
                        + "(?:tight|heavy|crushed|squeezed|hurts|hurting|aching|painful|sore)",
                "heart attack",
                "(?:whole|entire|full) (?:bottle|pack|packet|box) of (?:\\w+ )?(?:syrup|medicine|pills|tablets|paracetamol|tylenol|"
                        + "ibuprofen|aspirin|sleeping|painkillers|antidepressants|vitamins|cough)",
                "(?:sitting on|weight on|clutching|grabbing|holding|squeezing|crushing) " + WHO + "chest",
                "(?:pain|ache|numbness)[^.]{0,30}(?:left arm|left shoulder|jaw)",
                "heart (?:is )?(?:racing|pounding)[^.]{0,30}(?:faint|dizzy|pass out|chest)",
                "胸(?:口|部|前)?[^，。不没无]{0,5}(?:痛|疼|闷|压|紧|憋)",
                "心口(?:痛|疼)",
                "心脏(?:疼|痛|不舒服|难受)",
                "心绞痛",
                "心梗",
                "心脏病(?:发作|犯)",
                "(?:疼|痛)到左(?:胳膊|臂|手|肩)",
                "胸口像");
        add(
                rules,
                "stroke",
                "face (?:is |looks |seems )?(?:drooping|droopy|lopsided|uneven|numb|twisted)",
                "(?:drooping|droopy|lopsided) (?:face|mouth|smile)",
                "face[^.]{0,20}droop",
                "slurr",
                "words[^.,]{0,20}(?:jumbled|garbled|muddled|mixed up|slurred)",
                "can't smile",
                "(?:one side|side) of " + WHO
                        + "(?:face|mouth|body)[^.]{0,25}(?:drop|droop|fall|fell|numb|weak|paraly|can't move)",
                "(?:arm|leg|side) (?:went|has gone|suddenly went|is going) (?:weak|limp|dead)",
                "speech (?:is |sounds )?(?:garbled|jumbled|strange|confused)",
                "words (?:come|are coming|coming) out wrong",
                "can't (?:speak|talk|get (?:my|his|her|the) words out)",
                "(?:trouble|difficulty) (?:speaking|talking)",
                "(?:can't|cannot|unable to) (?:lift|move|raise|feel) " + WHO + "(?:left |right )?(?:arm|leg|hand|side)",
                "(?:weak|weakness|numb|numbness|paraly\\w*)[^.]{0,25}(?:one side|left side|right side|half)",
                "(?:numb|weak|limp|paraly\\w*|confused)[^.]{0,30}sudden",
                "sudden\\w*[^.]{0,50}(?:numb|weak|limp|confused)",
                "can't find (?:my|his|her|the|their) words",
                "one side[^.]{0,25}(?:weak|numb|paraly|heavy|can't move|won't move|doesn't move|not moving|droop)",
                "\\bstroke\\b",
                "sudden(?:ly)? (?:severe |bad |terrible )?(?:headache|confusion|blindness|vision loss)",
                "worst headache",
                "suddenly (?:can't|cannot) (?:see|speak|talk|walk)",
                "嘴[^，。]{0,2}歪",
                "(?:嘴角|口角)[^，。]{0,2}歪",
                "口角歪",
                "脸(?:歪|部歪)",
                "说话[^，。]{0,2}(?:含糊|不清|不利索|困难|说不清|大舌头|不灵)",
                "口齿不清",
                "(?:一边|一侧|半边|左边|右边|左侧|右侧)(?:的)?(?:手脚|身体|身子|胳膊|手|腿|脸)[^，。]{0,6}" + "(?:没力|无力|麻|动不了|不能动|抬不起)",
                "半身不遂",
                "中风",
                "脑卒中",
                "脑梗",
                "脑出血",
                "突然(?:看不见|失明|说不出话)",
                "(?:胳膊|手臂)抬不起来",
                "(?:手|胳膊|手臂|腿)[^，。]{0,3}抬不起来",
                "(?:lost|losing|no) (?:feeling|sensation|movement|strength)[^.]{0,25}(?:side|arm|leg|face|half)");
        add(
                rules,
                "breathing",
                "can't breathe",
                "cannot breathe",
                "can't catch " + WHO + "breath",
                "(?:struggling|struggle|fighting|gasping|fight) (?:to|for) (?:every |each |a |his |her |my )?(?:breathe|breath|air)",
                "can't stop wheezing",
                "(?:wheezing|wheezes) (?:badly|really badly|a lot)",
                "hard to breathe",
                "(?:hardly|barely) (?:breathe|breathing)",
                "(?:difficulty|trouble|problems?) breathing",
                "barely breathe",
                "short(?:ness)? of breath",
                "breathless",
                "(?:isn't|is not|not|stopped) breathing",
                "choking",
                "can't get (?:any )?air",
                "(?:lips|face|fingers|skin) (?:are |is )?(?:turning |gone |going )?" + "(?:blue|purple|grey|gray)",
                "between breaths",
                "wheez[^.]{0,40}(?:can't|barely|unable to) (?:speak|talk)",
                "喘不(?:过|上)气",
                "呼吸(?:困难|急促|不了|不上来|不畅|很困难)",
                "透不过气",
                "上不来气",
                "憋气",
                "嘴唇(?:发紫|发青|青紫|紫)",
                "窒息",
                "噎住",
                "卡住(?:了)?喉咙",
                "不能呼吸",
                "没(?:有)?呼吸(?![困急问不])");
        add(
                rules,
                "anaphylaxis",
                "anaphyla",
                "epi-?pen",
                "allergic shock",
                "(?:throat|tongue|lips?|face|mouth) (?:is |are |was |were |has |have |feels? |looks? |got |getting "
                        + "|started |starting |went |all |really |very |so |badly )*(?:swell|swollen|closing|puff)",
                "(?:swelling|swollen|puffy) (?:of " + WHO + ")?(?:throat|tongue|lips?|face)",
                "hives (?:all over|everywhere)",
                "allergic reaction[^.]{0,40}(?:breath|throat|swell)",
                "(?:喉咙|嗓子|舌头|嘴唇|脸|面部|嘴)[^，。]{0,4}肿(?!痛)",
                "过敏性休克",
                "全身(?:都)?(?:起|长)?(?:了)?(?:疹子|风团|荨麻疹)",
                "过敏[^，。]{0,8}(?:呼吸|喘|肿)");
        add(
                rules,
                "bleeding",
                "bleed\\w*[^.]{0,25}(?:won't|will not|doesn't|does not|can't|cannot|isn't|not|hasn't|has not|haven't|didn't) stop",
                "(?:heavy|heavily|severe|severely|lots of|a lot of|profuse\\w*|uncontrolled|massive)[^.,]{0,10}"
                        + "(?:bleed|blood)",
                "bleeding (?:heavily|a lot|badly|profusely|everywhere|non-?stop)",
                "soak\\w* through",
                "soak\\w*[^.]{0,10}(?:pads?|tampons?|towels?)",
                "blood everywhere",
                "pool of blood",
                "bleed\\w* (?:through|into) (?:the |a |my )?(?:bandage|dressing|towel|clothes|pad)",
                "blood (?:all )?over the floor",
                "blood (?:is )?(?:pouring|gushing|spurting|streaming)",
                "(?:pouring|losing) (?:with |out )?(?:a lot of |so much )?blood",
                "(?:cut|wound|gash)[^.]{0,40}(?:won't|will not|doesn't|does not|can't|cannot|hasn't|has not) stop",
                "spurting",
                "gushing",
                "(?:vomit\\w*|throw\\w* up|cough\\w* up|puk\\w*) blood",
                "blood in " + WHO + "vomit",
                "deep (?:cut|wound|gash)",
                "流血[^。]{0,6}止不住",
                "血止不住",
                "止不住血",
                "大出血",
                "大量出血",
                "出血(?:很多|特别多|不止)",
                "(?:吐|呕|咳|咯)血",
                "血流不止",
                "流血不止",
                "喷血",
                "一直(?:在)?(?:流|出)血",
                "(?:流|出)血[^。]{0,8}(?:止不住|不止|没用|停不下来)");
        add(
                rules,
                "unresponsive",
                "unresponsive",
                "(?:not|isn't|is not|won't|stopped) respond",
                "no response",
                "won't wake",
                "can't wake",
                "cannot wake",
                "not waking",
                "unconscious",
                "passed out",
                "collapsed",
                "fainted",
                "blacked out",
                "seizure",
                "convuls",
                "fitting",
                "having a fit",
                "叫不醒",
                "没(?:有)?意识",
                "意识不清",
                "失去知觉",
                "抽风",
                "翻白眼",
                "昏迷",
                "晕倒",
                "(?:晕|昏)过去",
                "没(?:有)?反应",
                "不省人事",
                "抽搐",
                "癫痫",
                "失去(?:了)?意识",
                "倒地不起",
                "休克");
        add(
                rules,
                "overdose",
                "overdos",
                "(?:took|taken|had) (?:a )?(?:double|triple|extra) dose",
                "(?:kid|child|son|daughter|toddler|baby|he|she)[^.]{0,10}(?:ate|swallowed|got into|drank)[^.]{0,30}(?:pills|tablets|medicine|medication|capsules)",
                "too many (?:pills|tablets|sleeping pills|painkillers|of (?:my|his|her|the) \\w+)",
                "(?:took|taken|swallowed|ate|drank|downed)[^.]{0,25}(?:whole|entire|all|bottle|packet|box|pack)"
                        + "[^.]{0,25}(?:pills|tablets|medicine|medication|paracetamol|ibuprofen|aspirin|tylenol|"
                        + "sleeping|painkillers|meds|capsules|drugs|insulin|antidepressants)",
                "(?:swallowed|took|taken) (?:a handful|handfuls)",
                "swallowed[^.]{0,40}(?:pills|tablets|bleach|batter|detergent|poison|medicine|chemical|pods)",
                "(?:drank|swallowed|ingested|ate) (?:some )?(?:bleach|poison|antifreeze|pesticide|cleaning)",
                "(?<!food )poison",
                "(?:吃|服|吞|喝)[^，。]{0,6}(?:一整瓶|一瓶|整瓶|整盒|一盒|整板|很多片|好多片)",
                "一(?:整)?瓶[^，。]{0,8}(?:都|全)(?:吃|喝|吞)",
                "把[^，。]{0,10}(?:都|全)(?:吃|喝|吞)了",
                "药吃多了",
                "吃多了药",
                "服药过量",
                "过量(?:服|吃)",
                "误服",
                "误食",
                "(?<!食物)中毒",
                "喝(?:了)?(?:农药|洗洁精|消毒液|漂白)");
        add(
                rules,
                "cardiac",
                "heart pain",
                "pain in my heart",
                "angina",
                "cardiac arrest",
                "heart (?:has )?stopped",
                "心脏骤停",
                "心(?:脏|口)[^，。不没无]{0,8}(?:痛|疼|揪|绞)",
                "心跳骤停",
                "心前区(?:痛|疼)",
                "心慌[^，。]{0,6}(?:晕|胸|冷汗)");
        add(
                rules,
                "stroke",
                "mouth[^.]{0,15}droop",
                "gibberish",
                "(?:lost|losing|lose) (?:the )?(?:vision|sight) (?:in|of)",
                "mini-?stroke",
                "\\btia\\b",
                "口眼歪斜",
                "口齿(?:不清|含糊)",
                "舌头不听使唤",
                "偏瘫",
                "半边身子(?:麻|没力|动不了)",
                "突然(?:看不清|说不了话|不会说话|听不懂)",
                "突然[^，。]{0,6}说不出");
        add(
                rules,
                "breathing",
                "can't get (?:my|his|her) breath",
                "can't get enough air",
                "gasping",
                "suffocat",
                "turning blue",
                "(?:severe|bad|serious) asthma attack",
                "can't take a breath",
                "inhaler (?:is )?(?:not|isn't|doesn't|didn't|won't) (?:working|help)",
                "喘不动",
                "呼吸不过来",
                "快窒息",
                "气不够用",
                "(?:脸|嘴唇|嘴)(?:色)?(?:都)?(?:发紫|发青|青紫)",
                "哮喘[^，。]{0,4}发作[^，。]{0,8}(?:喘|呼吸|没用)",
                "呼吸很急",
                "喘得(?:厉害|很厉害|不行|上气不接下气)",
                "(?:喘气|呼吸)[^，。]{0,4}(?:困难|费劲|吃力)");
        add(
                rules,
                "bleeding",
                "ha?emorrhag",
                "won't stop bleeding",
                "can't stop (?:the )?bleeding",
                "(?:large|huge) amount of blood",
                "(?:流|出)了(?:很多|好多|一大滩|大量|一地)(?:的)?血",
                "出血量(?:很)?大",
                "血崩",
                "(?:拉|便|尿|吐|咳)了?(?:很多|好多|大量|一大口|一堆)(?:的)?血",
                "血[^。]{0,10}(?:止不住|止不了|停不下来)");
        add(
                rules,
                "anaphylaxis",
                "throat (?:feels |is |getting |went )?(?:tight|closing)",
                "hives[^.]{0,30}(?:dizz|faint|breath|swell)",
                "(?:face|tongue|lips?|throat)[^.]{0,15}(?:blew up|ballooned|puffed up)",
                "(?:hives|hoarse)[^.]{0,40}(?:peanut|nuts|sting|shellfish|prawn|shrimp|allerg)",
                "(?:喉咙|嗓子)(?:发紧|紧得)",
                "(?:喉咙|嗓子)[^，。]{0,4}(?:堵住|封住|闭上|卡住)",
                "过敏性反应",
                "全身红肿");
        add(
                rules,
                "self_harm",
                "jump off (?:a|the) (?:bridge|building|roof)",
                "hang(?:ing)? myself",
                "not worth living",
                "no point (?:in )?(?:living|going on)",
                "point (?:in|of) (?:living|going on|life)",
                "thinking (?:of|about) ending it",
                "活着没(?:意义|意思)",
                "结束这一切",
                "不想再活",
                "自我了断",
                "寻死",
                "上吊",
                "自尽",
                "一了百了",
                "结束自己",
                "不如死了",
                "死了算了",
                "离开这个世界");
        add(
                rules,
                "unresponsive",
                "went limp",
                "is limp",
                "floppy",
                "keeled over",
                "eyes (?:rolled|rolling) back",
                "昏倒",
                "晕厥",
                "昏厥",
                "没(?:有)?知觉",
                "人事不省",
                "突然倒下",
                "口吐白沫",
                "四肢抽动");
        add(
                rules,
                "overdose",
                "(?:drank|swallowed|ate|ingested|licked|drunk)[^.]{0,20}(?:bleach|detergent|dishwasher|washing|"
                        + "liquid|cleaner|chemical|antifreeze|pesticide|weed ?killer|batter|lye|paint|petrol|gasoline|"
                        + "kerosene|rat poison)",
                "took (?:\\d{2,}|twenty|thirty|forty|fifty) (?:pills|tablets|capsules)",
                "too much (?:of (?:my|his|her) )?(?:insulin|medicine|medication|pills|tablets)",
                "(?:吃|服|吞)(?:了)?[^，。]{0,6}(?:半瓶|一把|大把|几十片|十几片|好几片|好多片|很多片|好几颗|好多颗|很多颗|好几粒)",
                "喝(?:了)?[^，。]{0,4}(?:洗衣液|洗洁精|消毒水|消毒液|84|汽油|煤油|杀虫剂|除草剂|农药|敌敌畏|百草枯|漂白)",
                "老鼠药",
                "药[^，。]{0,3}吃了?(?:好几|很多|好多|一大把|一整)(?:颗|片|粒|瓶|盒)",
                "吃了?(?:很多|好多|大量|一大把)[^，。]{0,4}药",
                "(?:吞|吃|误食)(?:了)?[^，。]{0,4}(?:纽扣电池|电池|磁铁|硬币)",
                "灭鼠药",
                "百草枯");
        add(
                rules,
                "cardiac",
                "\\b(?:chest|heart)\\b[^.,;]{0,25}(?:pain|hurt|(?<!blood )pressure|tight|heavy|crush|squeez|ache|aching)",
                "(?:pain|hurt|(?<!blood )pressure|tight|heavy|crush|squeez|ache|aching)[^.,;]{0,25}\\b(?:chest|heart)\\b");
        add(
                rules,
                "breathing",
                "\\bbreath\\w*[^.,;]{0,40}(?:hard|difficult|struggl|fast|rapid|short|shallow|laboured|labored|noisy"
                        + "|can't|cannot|barely|hardly|trouble|problem)",
                "(?:hard|difficult|struggl|can't|cannot|barely|hardly|trouble|problems?|unable)[^.,;]{0,20}\\bbreath",
                "(?:lips|face|fingers|skin|mouth)[^.,;]{0,20}(?:blue|purple|grey|gray)");
        add(
                rules,
                "bleeding",
                "(?:vomit\\w*|throw\\w* up|cough\\w*|puk\\w*|spit\\w*)(?: up)? (?:up )?blood",
                "血[^，。]{0,6}(?:往外冒|往外流|往外涌|冒出来|喷出来|流个不停|不停地流)");
        add(
                rules,
                "unresponsive",
                "(?<!\\bi )(?:won't|will not|can't|cannot|couldn't|doesn't|does not|isn't|is not|not) "
                        + "(?:wake (?:him|her|them|my|the)|waking up|respond)",
                "(?:won't|will not|doesn't) wake up",
                "(?:叫|喊|拍|摇)[^，。]{0,5}(?:不醒|没反应|没有反应)");
        add(
                rules,
                "overdose",
                "(?:took|taken|swallowed|ate|had|downed)[^.]{0,20}(?:load|bunch|lots?|handful|whole|all|bottle|box"
                        + "|packet)[^.]{0,15}(?:pills|tablets|meds|medicine|capsules|drugs|painkillers|paracetamol|tylenol|"
                        + "ibuprofen|aspirin|antidepressants)",
                "barely conscious",
                "semi-?conscious",
                "drifting in and out",
                "got into (?:my|the|his|her|grandma's|grandpa's) (?:pills|tablets|medicine|meds)",
                "got into (?:the |my )?(?:cleaning|medicine|bathroom|chemical|laundry)",
                "误(?:吃|喝|吞)",
                "偷吃(?:了)?[^，。]{0,8}药");

        // Lexicon combinations: a body site or function from one lexicon with an alarm word from another, within a
        // clause, so that new wordings of the same complaint are found without listing each sentence.
        add(
                rules,
                "cardiac",
                "(?:" + CHEST + ")[^.,;]{0,30}(?:" + CHEST_ALARM + ")",
                "(?:" + CHEST_ALARM + ")[^.,;]{0,30}(?:" + CHEST + ")",
                "(?:elephant|weight|someone|a brick|a rock|a truck|a car) (?:is )?(?:sitting|standing|pressing|lying|parked) on "
                        + "(?:my|his|her|their|me|him|them)",
                "(?:left arm|left shoulder|jaw|left hand)[^.;]{0,30}(?:numb|tingl|pain|ache|hurt|heavy)[^.;]{0,40}"
                        + "(?:sweat|clammy|grey|gray|pale|sick|nause|chest)",
                "(?:grabbed|clutched|clutching|grabbing|held|holding|clasped|pressing) (?:at )?(?:my|his|her|their) (?:chest|heart)",
                "(?:胸|心口|心脏|心窝)[^，。不没无]{0,12}(?:压|石头|揪|绞|紧|闷|憋|堵|疼|痛|勒|箍|绑|撕|捏|攥)",
                "(?:左(?:胳膊|臂|手臂|肩|手)|下巴)[^，。]{0,4}(?:发麻|麻|疼|痛)[^。]{0,12}(?:冷汗|胸|心)",
                "(?:冷汗|大汗)[^。]{0,12}(?:胸|心口)",
                "心里[^，。]{0,3}(?:绞|揪)(?:着)?(?:疼|痛)",
                "(?:心脏|心口)[^，。]{0,4}(?:不舒服|难受)[^。]{0,12}(?:汗|脸白|脸色|晕|胸)",
                "(?:rubbing|rubbed|pressing on|pointing at|pointing to) (?:at )?(?:my|his|her|their) chest",
                "(?:胸|心口)[^，。]{0,4}(?:针扎|刀割|撕裂)",
                "(?:胸|心口)[^。]{0,16}(?:冷汗|大汗|左(?:胳膊|臂|手臂|肩)[^，。]{0,3}麻)");
        add(
                rules,
                "stroke",
                "(?:" + FACE + ")[^.,;]{0,25}(?:" + FACE_ALARM + ")",
                "(?:half|one side of|side of|left side of|right side of) (?:my |his |her |their |the )?(?:face|body|mouth)"
                        + "[^.;]{0,25}(?:numb|weak|heavy|dead|droop|sag|tingl|paraly|can't move|won't move)",
                "(?:talking|speaking|saying) (?:nonsense|gibberish|rubbish|strangely|funny|weird)",
                "(?:can't|cannot|doesn't|does not|isn't|not) (?:understand|follow)(?:ing)? (?:what (?:i|we|people|anyone)|me\\b|anything|a word)",
                "(?:leg|foot|arm) (?:is |was |keeps )?(?:dragging|dragged|giving way)",
                "(?:arm|leg|hand|foot|side) (?:just |suddenly )?(?:went|has gone|gone|is going|has gone all) (?:weak|limp|dead|numb|floppy|heavy)",
                "mix(?:ing|ed|es)? up (?:my|his|her|their) words|words (?:are |keep )?(?:getting )?mixed up",
                "only (?:one|the left|the right) side of (?:my|his|her|their) (?:face|mouth|body)",
                "(?:突然)[^，。]{0,6}(?:左|右)(?:手|脚|腿|胳膊)[^，。]{0,4}(?:没知觉|没感觉|麻|没劲)",
                "(?:嘴角|嘴)[^，。]{0,2}(?:漏饭|漏水|流口水)",
                "(?:dribbling|drooling)[^.;]{0,30}(?:side|face|mouth|droop|speech|slur)|(?:side|face|mouth|droop)[^.;]{0,30}(?:dribbling|drooling)",
                "(?:sudden\\w*|out of nowhere|all of a sudden)[^.;]{0,30}(?:double vision|blurr\\w* vision|can't see|lost (?:my |his |her )?(?:vision|sight)|can't walk|off balance|unsteady|can't stand)",
                "(?:double vision|can't walk straight|off balance)[^.;]{0,40}(?:sudden|numb|weak|slur|droop|headache|can't walk|off balance)",
                "(?:一只手一只脚|一只手|一条腿|一只脚)[^，。]{0,4}(?:突然)?(?:动不了|不能动|没劲|没力|不听使唤|抬不起)",
                "口水[^，。]{0,4}(?:往外流|流出来|一直流|兜不住)",
                "(?:face|mouth|smile)[^.;]{0,20}(?:funny|odd|weird|strange|wonky|different)[^.;]{0,15}(?:one side|on the side|to one side)",
                "(?:sounds|talking|seems|acting|speaking) drunk[^.;]{0,30}(?:hasn't|has not|not|no|didn't|without)[^.;]{0,10}(?:drink|alcohol)",
                "(?:突然|一下子)[^。]{0,12}(?:重影|摇摇晃晃|走不稳|不认人)",
                "走路[^，。]{0,4}(?:往一边偏|往一边倒|不稳|歪)",
                "(?:not making sense|makes no sense|making no sense) when (?:he|she|they|i) (?:talk|speak)",
                "(?:speech|words|talking|voice)[^.,;]{0,20}(?:slur|garbl|jumbl|mumbl|thick|strange|weird|wrong|drunk)",
                "(?:arm|leg|hand)[^.;]{0,20}(?:suddenly|out of nowhere|all of a sudden)[^.;]{0,20}(?:weak|numb|heavy|dead|useless)",
                "(?:suddenly|out of nowhere|all of a sudden)[^.;]{0,40}(?:numb|weak|heavy|dead|useless|droop|sag|slur)",
                "(?:numb|weak|heavy|dead|useless|droop|sag)[^.;]{0,40}(?:out of nowhere|all of a sudden)",
                "(?:一边|一侧|半边|左边|右边|左侧|右侧|半个)(?:的)?(?:脸|身子|身体|手脚|嘴)[^，。]{0,6}(?:耷拉|下垂|歪|麻|没劲|没力|不听使唤|动不了)",
                "(?:嘴|嘴角|脸|口角)[^，。]{0,4}(?:耷拉|下垂|歪斜|歪了|往一边)",
                "(?:说话|讲话|口齿|舌头)[^，。]{0,4}(?:不清|含糊|大舌头|不利索|乱说|说胡话|颠三倒四|打结)",
                "(?:突然|一下子)[^。]{0,12}(?:说不出话|说不了话|讲不出话|没劲|没力气|没有力气|拿不住|站不稳|看不见|麻了|歪了|掉了)",
                "(?:嘴|嘴角|口角)[^，。]{0,4}歪",
                "(?:手|胳膊|腿|脚)[^，。]{0,4}(?:突然)[^，。]{0,4}(?:没劲|没力|不听使唤|麻|动不了|拿不住)");
        add(
                rules,
                "breathing",
                "(?:" + BREATH + ")[^.,;]{0,30}(?:" + BREATH_ALARM + ")",
                "(?:" + BREATH_ALARM_BEFORE + ")[^.,;]{0,15}(?:" + BREATH + ")",
                "(?:inhaler|puffer|nebuli[sz]er|ventolin|salbutamol)[^.;]{0,25}(?:not|isn't|doesn't|didn't|nothing|no use|useless"
                        + "|won't|not helping)",
                "(?:can't|cannot|unable to|couldn't) (?:finish|complete|say) (?:a |his |her |my )?(?:sentence|words)",
                "ribs[^.]{0,25}(?:suck|pull|sink)",
                "(?:grunt\\w*|wheez\\w*|gasp\\w*|rattl\\w*) (?:with|on|at) (?:every|each) breath",
                "(?:张着嘴|张嘴|大口)[^，。]{0,3}喘",
                "high[- ]pitched (?:noise|sound|squeak|whistle|whoop)[^.;]{0,30}breath|stridor",
                "struggling[^.;]{0,40}(?:breath|croup|asthma|air)",
                "(?:坐着|躺着|不动|休息)(?:都|也)(?:喘|憋)",
                "(?:out of breath|breathless|short of breath|puffed|winded)[^.;]{0,25}(?:sitting|lying|resting|at rest|doing nothing|talking|in bed)",
                "(?:lips|face|fingers|skin|mouth)[^.,;]{0,20}(?:dusky|ashen)",
                "鼻翼[^，。]{0,4}(?:扇|煽|一张一张)",
                "(?:can only|only able to|only) (?:take|get|manage|do)[^.;]{0,10}(?:tiny|small|little|short|shallow|sips)[^.;]{0,5}(?:breaths?|air)",
                "(?:throat|airway)[^.;]{0,15}(?:too small|closing|narrow)",
                "(?<!运动后)气不够|不够气|大口(?:大口)?(?:地)?(?:吸气|喘气|喘)",
                "呼吸[^，。]{0,3}快",
                "憋死|(?:吸气|吸不|喘气)[^，。]{0,4}(?:困难|费劲|吃力)",
                "(?:话|句子)[^，。]{0,3}说不(?:完整|完|全|连贯)",
                "(?:咳|喘|憋)得[^，。]{0,3}(?:上气不接下气|脸都憋|脸发紫|说不出话)",
                "(?:胸口|肋骨|胸)[^，。]{0,4}(?:往里凹|凹进去|往里陷)",
                "(?:吸不进|吸不上|喘不上|喘不过|吸不动|喘不动|上不来|透不过)(?:气)?",
                "喘[^，。]{0,4}(?:说不了话|说不出话|说不出来|讲不出话|躺不下|脸发紫|嘴唇发紫)",
                "(?:喷|吸|用)了?[^，。]{0,4}药[^，。]{0,4}(?:不管用|没用|不起作用|不见效)",
                "(?:呼吸|喘气|喘)[^，。]{0,4}(?:急|快得|费劲|吃力|困难|不上来|不过来)",
                "憋得(?:慌|难受|喘不|脸)");
        add(
                rules,
                "bleeding",
                "(?:bleed\\w*|blood)[^.;]{0,40}(?:won't|will not|doesn't|does not|can't|cannot|isn't|not|hasn't|has not|haven't"
                        + "|didn't|never) (?:stop|quit|let up|ease|slow|clot)",
                "(?:bleed\\w*|nosebleed)[^.;]{0,20}for (?:over |more than |about |nearly )?(?:an hour|\\d+ hours?|half an hour|"
                        + "(?:20|30|40|45|thirty|forty|twenty) min\\w*|ages)",
                "blood[^.;]{0,40}(?:everywhere|all over|won't stop|pouring|gushing|spurting|soaking|dripping)",
                "(?:pouring|gushing|spurting|soaking|dripping|streaming|pumping|squirting|pulsing)[^.;]{0,15}blood",
                "(?:vomit\\w*|throw\\w* up|threw up|puk\\w*|cough\\w* up|poo\\w*|stool|diarrh\\w*|pee\\w*|urine)[^.;]{0,40}"
                        + "(?:\\bblood\\b|coffee grounds|black tar|tarry)",
                "(?:血)[^，。]{0,3}(?:哗哗|呼呼|汩汩|一股一股|喷)",
                "血[^，。]{0,3}(?:一直|不停|不断)(?:地)?(?:冒|流|淌|涌|滴|渗)",
                "(?:bleed\\w*|blood)[^.;]{0,70}(?:press\\w*|pressure|towel|bandage|tourniquet)[^.;]{0,15}(?:doesn't|does not|isn't|not|won't|didn't) (?:slow|stop|help|work)",
                "blood (?:is )?(?:running|dripping|pouring|streaming) down",
                "bleed\\w* like (?:mad|crazy|hell|a tap|anything|a stuck pig)|to the bone|bone (?:is )?(?:showing|visible|sticking out)",
                "血[^。]{0,10}止不(?:住|了|下来|下)|血[^。]{0,10}停不(?:了|下来)",
                "小时[^，。]{0,6}(?:卫生巾|护垫|姨妈巾)|(?:卫生巾|姨妈巾)[^，。]{0,6}(?:漏|湿透|不够用)",
                "(?:大便|便便|拉的|粪便|屎)[^，。]{0,6}(?:黑色|发黑|黑的|柏油)",
                "(?:poo\\w*|stools?|bowel movements?|motions)[^.;]{0,15}(?:black|tarry|like tar)|black (?:sticky|tarry|tar-like) (?:poo|stool)",
                "黑便|柏油(?:样|一样)",
                "(?:吐|呕|咳|咯|拉|便)(?:了|出)?[^，。]{0,5}(?:鲜血|血)",
                "keeps? (?:on )?bleeding|bleeding and bleeding|bleeding (?:nonstop|non-stop|constantly|like crazy|badly|heavily)",
                "(?:warfarin|blood thinners?|anticoagulant|eliquis|apixaban|xarelto|rivaroxaban|clopidogrel)[^.]{0,60}(?:won't stop|keeps? bleeding|bleeding and|can't stop|hasn't stopped|lot of blood)",
                "(?:blood|bleeding)[^.;]{0,30}when (?:i|he|she|they) (?:cough|vomit|throw up|poo|pee)[^.;]{0,20}(?:mouthful|cup|lot|bright)",
                "mouthfuls? of blood|(?:bright red|fresh) blood[^.;]{0,30}(?:cough|vomit|mouthful)",
                "(?:产后|生完孩子|流产)[^。]{0,6}(?:出血|流血)[^，。]{0,4}(?:特别多|很多|不止|止不住|大)",
                "(?:后脑勺|头|脑袋)[^，。]{0,6}(?:出了|流了)(?:好多|很多|一地|大量)(?:的)?血",
                "(?:全是|都是|一滩|一地|满地|满脸|满身|一大摊|一盆)(?:的)?血",
                "(?:血)[^。]{0,10}(?:按不住|捂不住|压不住|止不住|止不了|不停地|一直流|往外涌|往外冒|喷)",
                "(?:湿透|浸透)[^。]{0,8}(?:卫生巾|纱布|毛巾|衣服)|(?:卫生巾|纱布|毛巾|衣服)[^。]{0,10}(?:湿透|浸透)",
                "(?:流|出)血[^。]{0,6}(?:一个|两个|半个|几个)(?:多)?小时");
        add(
                rules,
                "anaphylaxis",
                "(?:" + ALLERGY_SITE + ")[^.,;]{0,25}(?:" + ALLERGY_ALARM + ")(?! glands| tonsils| lymph)",
                "(?:" + ALLERGEN + ")[^.;]{0,60}(?:" + ALLERGY_SITE
                        + ")[^.;]{0,25}(?:swell|swollen|puff|big|huge|tight)(?! glands| tonsils| lymph)",
                "(?:" + ALLERGEN + ")[^.;]{0,60}(?:hard|can't|cannot|trouble|difficult)[^.;]{0,10}(?:swallow|breath)",
                "(?:hives|rash|welts)[^.;]{0,40}(?:faint|dizz|lightheaded|throat|swallow|breath|swell|pass out|passing out)",
                "(?:" + FOOD_OR_STING
                        + ")[^.;]{0,60}(?:wheez|hoarse|pass out|passing out|faint|throat|breath|swallow|vomit)",
                "(?:" + FOOD_OR_STING_ZH + ")[^。]{0,16}(?:喉咙|嗓子|喘|呼吸|胸闷|晕|肿)",
                "(?:输液|输完液|打针|打完针|吃了药|吃完药)[^。]{0,10}(?:全身|浑身)[^。]{0,12}(?:胸闷|喘|呼吸|晕|喉咙|嗓子)",
                "(?:嗓子|喉咙|舌头|嘴唇|嘴巴|嘴|脸|眼睛|眼皮)[^，。]{0,6}(?:肿|发紧|堵|胀大)",
                "(?:花生|坚果|海鲜|虾|蟹|蜂|蜇|蛰|青霉素|打针|打完针|输液|药)[^。]{0,12}(?:风团|疹子|荨麻疹)[^。]{0,12}(?:喉咙|嗓子|呼吸|喘|肿|晕)");
        add(
                rules,
                "self_harm",
                "(?:want|wish|need)[^.;]{0,10}(?:it all|everything|the pain|this) to (?:stop|end|be over)",
                "(?:pills|tablets|rope|razor|blade|knife)[^.;]{0,15}(?:lined up|ready|counted|saved up|stockpil)",
                "(?:better off|happier|easier)[^.;]{0,30}(?:without me|if i (?:wasn't|weren't|was not|were not|wasn't) (?:around|here|alive)|"
                        + "if i (?:died|disappeared|was dead|were dead))",
                "(?:wants?|wanted|going|plans?|planning|trying|tried) to (?:end (?:his|her|their|my) life|kill (?:him|her|them|my)sel\\w*)",
                "(?:no|don't see (?:the|any)|there's no) (?:point|reason) (?:in |to )?(?:living|going on|being alive|carry on|continuing)",
                "(?:一死了之|(?<!不)想死|去死|寻死|死了算了|不想活|活不下去|活着没意思|活着太累)",
                "(?:楼|桥|窗户?|阳台|天台)[^，。]{0,6}(?:跳下去|跳下来|往下跳)",
                "跳(?:河|江|海|湖|桥|楼|崖)|卧轨|撞车",
                "(?:准备好了|备好了|攒了|存了)[^，。]{0,4}(?:药|绳子|刀|安眠药)",
                "(?:今晚|今天|明天)就(?:结束|走|了断|解脱)",
                "(?:划|割|刮|剌)(?:了|伤)?(?:自己|手腕|胳膊)",
                "不想(?:再)?醒(?:来|过来)",
                "(?:撑|熬|活|过)不下去",
                "(?:bought|buying|got|have|tied|made) (?:a |the |some )?(?:rope|noose)\\b|\\bnoose\\b",
                "死了[^，。]{0,3}(?:解脱|轻松|一了百了|就好了)",
                "(?:use|turn|point)[^.;]{0,10}(?:it|the knife|the blade|a knife|a gun|the gun) on myself|(?:knife|blade|razor|gun)[^.;]{0,30}(?:on|to|against|into) myself",
                "said (?:all )?(?:my )?goodbyes?|(?:this|it) is goodbye|tonight's the night",
                "(?:刀|刀片|剪刀)[^。]{0,8}(?:割下去|划下去|捅自己|割自己|划自己|往身上)",
                "走了算了|(?:吃|喝)(?:药|农药)[^，。]{0,2}走",
                "(?:want|wish|hope|like) (?:to |i could |i'd |i would )?[^.;]{0,15}(?:disappear forever|never wake up|not wake up|sleep forever|go to sleep and not)",
                "(?:i'm|i am|standing|sitting|stood|sat)[^.;]{0,12}(?:on|at) (?:the |a )?(?:edge of (?:the |a )?)?(?:bridge|ledge|rooftop|cliff|railing|train tracks|tracks)\\b",
                "(?:站|坐|蹲)在(?:了)?(?:天台|楼顶|桥上|桥边|窗台|楼边|阳台边|江边|河边|铁轨)",
                "(?:thinking|thought|think) (?:of|about) end(?:ing)? (?:it|things|everything|my life|it all)",
                "(?:跟|和|向)(?:这个)?世界(?:说)?(?:再见|告别|道别)",
                "(?:look\\w* up|search\\w*|googl\\w*|research\\w*|read\\w* about) (?:how|ways|what)[^.;]{0,30}(?:pills|tablets|to die|kill|overdose|lethal|fatal|end it)",
                "(?:i have|i've got|i made|made|got|have) (?:a )?plans? (?:to (?:die|end|kill|do it)|and i'm not (?:scared|afraid))",
                "gave away (?:her|his|my|their|all)[^.;]{0,10}(?:stuff|things|belongings|possessions|pets)",
                "talk\\w* about (?:dying|death|killing|ending it|not being here|wanting to die)",
                "(?:写好了|写了)[^，。]{0,4}遗书|遗书",
                "(?:累赘|负担)[^。]{0,10}(?:离开|消失|死)",
                "(?:letters?|notes?|messages?) (?:to|for) (?:everyone|my family|my kids|my children|my parents|my wife|my husband)"
                        + "[^.]{0,40}(?:tonight|today|do it|goodbye|end)",
                "(?:driv\\w*|crash\\w*|steer\\w*) (?:my |the )?car into|step(?:ping)? in front of|jump(?:ing)? in front of|"
                        + "walk(?:ing)? into traffic",
                "no (?:reason|point) to (?:keep going|go on|carry on|live|be here|stay)",
                "(?:thinking|think|thoughts|dream\\w*) (?:about|of) (?:dying|killing myself|ending it|not being here|disappearing for good)",
                "(?:跳|撞|卧轨|割|吞|喝)[^，。]{0,4}(?:自杀|轻生)");
        add(
                rules,
                "unresponsive",
                "(?:won't|isn't|doesn't|not|can't|cannot|didn't) (?:answer|respond|react|wake|open (?:his|her|their) eyes)"
                        + "[^.;]{0,30}(?:shake|shook|call|shout|yell|pinch|tap|name)",
                "(?:on the floor|on the ground|collapsed|fell down|went down)[^.;]{0,30}(?:won't|isn't|doesn't|not|can't) "
                        + "(?:answer|respond|wake|move|react)",
                "eyes[^.;]{0,15}roll\\w*",
                "(?:shaking|jerking|twitching|stiff)[^.;]{0,15}(?:all over|whole body|uncontrollably|and (?:won't|can't|isn't))",
                "(?:hasn't|has not|haven't|didn't|not) (?:come round|come to|come around|woken|regained)",
                "(?:叫|喊|推|拍|摇|掐)[^，。]{0,6}(?:不醒|不应|不起来|没反应|没有反应|不理|都不动)",
                "(?:slumped|collapsed|lying|on the floor)[^.;]{0,50}(?:won't|isn't|doesn't|not|can't) (?:respond|answer|wake|move)",
                "(?:won't|can't|doesn't|isn't|not|didn't) open(?:ing)? (?:his|her|their|my) eyes",
                "(?:body|arms|legs|whole body)[^.;]{0,10}(?:went|gone|going|is|are|got) (?:all )?(?:stiff|rigid)",
                "(?:叫|喊|推|拍|摇)[^，。]{0,4}不(?:太|怎么|大)醒",
                "(?:can't|cannot|couldn't|unable to|won't|not able to) (?:rouse|arouse|wake|get a response from) (?:him|her|them)",
                "(?:叫|喊|推|拍|摇)[^，。]{0,6}不(?:回应|答应|应答|吭声)",
                "(?:抽|晕|昏|倒)[^。]{0,12}(?:没醒|没有醒|醒不过来|没醒过来)",
                "吐白沫|抽起来|抽过去",
                "(?:摔|撞|磕)[^。]{0,12}(?:昏昏沉沉|迷迷糊糊|叫不|不认人)",
                "(?:倒在地上|倒地|摔倒)[^。]{0,8}(?:不醒|没反应|不动|不说话)",
                "(?:全身|浑身|手脚)[^，。]{0,4}(?:抽|抖个不停|僵硬|(?:一直|不停)(?:地)?(?:抖|抽))",
                "(?:烧|热)(?:到|得)(?:抽筋|抽)|抽筋[^，。]{0,6}(?:手脚|全身|浑身|翻白眼|叫不醒)",
                "(?:fit|seizure|convulsion|shaking)[^.;]{0,30}(?:going on|lasted|been|for) (?:for )?(?:\\d+|two|three|four|five|ten|several) min",
                "(?:晕|昏)[^，。]{0,3}(?:过去|倒)[^。]{0,8}(?:没醒|不醒|没反应)");
        add(
                rules,
                "overdose",
                "(?:took|taken|swallowed|ate|had|downed|popped)[^.;]{0,15}(?:\\b[2-9]\\d\\b|\\b1\\d\\b|\\d{3}|dozens?|twenty|thirty"
                        + "|forty|fifty|fifteen|a load|loads|a bunch|heaps)[^.;]{0,15}(?:" + DRUG + ")",
                "(?:alcohol|vodka|whisky|whiskey|wine|beer|booze|drinking|drunk)[^.;]{0,30}(?:" + SEDATIVE + ")",
                "(?:" + SEDATIVE + ")[^.;]{0,30}(?:alcohol|vodka|whisky|whiskey|wine|beer|booze|drinking|drunk)",
                "(?:a load|loads|a bunch|a handful|lots|too many|too much|a lot)[^.;]{0,5}(?:of )?(?:his |her |my |their )?(?:"
                        + SEDATIVE + ")",
                "(?:吃|吞|服|喝)了?[^，。]{0,6}(?:[二三四五六七八九十几]十|十[几多来]|\\d{2,})[^，。]{0,3}(?:片|粒|颗|多片|多粒)",
                "(?:把|将)[^，。]{0,8}(?:洗衣液|洗洁精|消毒水|消毒液|漂白|农药|药水|清洁剂|84|杀虫剂|酒精)[^，。]{0,3}(?:喝|吃|吞)",
                "(?:took|taken|had|injected|gave|given|give) (?:my |his |her |him |her |them )?(?:\\w+ )?(?:insulin|dose|medication|meds|"
                        + "pills|tablets|injection)[^.;]{0,15}(?:twice|two times|double|again by mistake|by mistake)",
                "(?:吃|吞|服|喝)了?[^，。]{0,4}(?:一板|整板|一排|两板|几板|一整板|半盒|半瓶|半板|大半瓶|大半盒|一大瓶|一大盒|一大板)",
                "一(?:次|下|口气)(?:性)?(?:就)?(?:吃|服|吞)了?[^，。]{0,3}(?:[五六七八九十]|[5-9]|\\d{2})(?:片|粒|颗)",
                "(?:农药|洗衣液|洗洁精|消毒水|消毒液|漂白|杀虫剂|除草剂|老鼠药|鼠药|敌敌畏|百草枯|清洁剂)[^，。]{0,8}(?:喝|吃|吞)(?:了|下去)",
                "(?:chew\\w*|bit|bitten|suck\\w*|lick\\w*|mouth\\w*|swallow\\w*|drank|ate)[^.;]{0,20}(?:dishwasher|laundry|detergent|washing) (?:pod|tablet|capsule|liquid)s?",
                "(?:way |much |a lot |lots )?more (?:\\w+ )?than (?:prescribed|recommended|i'm supposed to|i should|the label|the dose)",
                "(?:took|taken|had|swallowed|given|gave) (?:a |my |his |her |him |them )?(?:double|triple|twice|two times|three times|2x|3x)[^.;]{0,20}(?:dose|"
                        + DRUG + ")",
                "(?:安眠药|安定|止痛药|降压药|降糖药|胰岛素|抗抑郁药)[^，。]{0,6}(?:吃了?|吞了?|服了?)[^，。]{0,3}(?:很多|好多|一把|一堆|一整|一瓶|一盒)");
        return List.copyOf(rules);
    }

    private static void add(List<Rule> rules, String category, String... alternatives) {
        for (String alternative : alternatives) {
            rules.add(new Rule(category, Pattern.compile(alternative)));
        }
    }
}
