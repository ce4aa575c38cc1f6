package io.switchboard.domains.medical.internal;

import io.switchboard.domains.medical.internal.RedFlagRules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The red-flag vocabulary, English and Chinese, one list of alternatives per category (text is lower-cased first). */
final class RedFlagPatterns {

    private static final String WHO = "(?:my |his |her |their |the |your )?";

    private RedFlagPatterns() {}

    static List<Rule> all() {
        List<Rule> rules = new ArrayList<>();
        add(
                rules,
                "self_harm",
                "kill(?:ing)? (?:my|him|her)self",
                "end(?:ing)? (?:my|his|her) (?:own )?life",
                "end(?:ing)? it all",
                "suicid",
                "(?:want|wanna|wish|going) to die",
                "don't want to (?:live|be alive|wake up|be here)",
                "better off dead",
                "better off without me",
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
                "words (?:are |were |sound |come out )?(?:jumbled|garbled|muddled|mixed up)",
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
                "\\bstroke\\b",
                "sudden(?:ly)? (?:severe |bad |terrible )?(?:headache|confusion|blindness|vision loss)",
                "worst headache",
                "suddenly (?:can't|cannot) (?:see|speak|talk|walk)",
                "嘴(?:巴)?歪",
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
                "blood (?:is )?(?:pouring|gushing|spurting|streaming)",
                "(?:pouring|losing) (?:a lot of |so much )?blood",
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
                "喘不动",
                "呼吸不过来",
                "快窒息",
                "气不够用",
                "(?:脸|嘴唇|嘴)(?:色)?(?:都)?(?:发紫|发青|青紫)",
                "哮喘[^，。]{0,4}发作[^，。]{0,8}(?:喘|呼吸|没用)",
                "呼吸很急");
        add(
                rules,
                "bleeding",
                "ha?emorrhag",
                "won't stop bleeding",
                "can't stop (?:the )?bleeding",
                "(?:large|huge) amount of blood",
                "流了(?:很多|好多|一大滩|大量|一地)(?:的)?血",
                "出血量(?:很)?大",
                "血崩",
                "血[^。]{0,10}(?:止不住|止不了|停不下来)");
        add(
                rules,
                "anaphylaxis",
                "throat (?:feels |is |getting |went )?(?:tight|closing)",
                "hives[^.]{0,30}(?:dizz|faint|breath|swell)",
                "(?:喉咙|嗓子)(?:发紧|紧得)",
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
                "(?:吃|服|吞)(?:了)?[^，。]{0,6}(?:半瓶|一把|大把|几十片|十几片)",
                "喝(?:了)?[^，。]{0,4}(?:洗衣液|洗洁精|消毒水|84|汽油|煤油|杀虫剂|除草剂)",
                "老鼠药",
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
                "\\bbreath\\w*[^.,;]{0,20}(?:hard|difficult|struggl|fast|rapid|short|shallow|laboured|labored|noisy"
                        + "|can't|cannot|barely|hardly|trouble|problem)",
                "(?:hard|difficult|struggl|can't|cannot|barely|hardly|trouble|problems?|unable)[^.,;]{0,20}\\bbreath",
                "(?:lips|face|fingers|skin|mouth)[^.,;]{0,12}(?:blue|purple|grey|gray)");
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
                        + "|packet)[^.]{0,15}(?:pills|tablets|meds|medicine|capsules)",
                "got into (?:my|the|his|her|grandma's|grandpa's) (?:pills|tablets|medicine|meds)",
                "got into (?:the |my )?(?:cleaning|medicine|bathroom|chemical|laundry)",
                "误(?:吃|喝|吞)",
                "偷吃(?:了)?[^，。]{0,8}药");
        return List.copyOf(rules);
    }

    private static void add(List<Rule> rules, String category, String... alternatives) {
        for (String alternative : alternatives) {
            rules.add(new Rule(category, Pattern.compile(alternative)));
        }
    }
}
