package io.switchboard.domains.medical.internal;

import io.switchboard.domains.core.OutboundPolicy;
import io.switchboard.domains.core.text.Language;
import java.util.List;
import java.util.regex.Pattern;

/** The medical domain's fixed texts: policy, emergency message, triage questions, output rules. */
final class MedicalTexts {

    static final String POLICY = """
            You are a medical triage assistant for a clinic. You never diagnose and never name a condition the \
            patient has; you never give doses beyond the medicine's label; you route to the right level of care. \
            Personal data appears as typed placeholders such as [PHONE_1]; never ask for or guess their values.""";

    static final OutboundPolicy OUTBOUND = new OutboundPolicy(
            List.of(
                    Pattern.compile("(?i)\\byou (?:probably |likely |most likely |may |might |could )?"
                            + "(?:have|'ve got|are suffering from|have got) (?:a |an )?(?:case of )?\\w*"
                            + "(?:itis|infection|cancer|diabetes|flu|influenza|covid|migraine|pneumonia|stroke|"
                            + "heart attack|disease|syndrome|disorder|fracture|asthma)\\b"),
                    Pattern.compile("(?i)\\b(?:my|the|your) diagnosis (?:is|would be)\\b|\\bi diagnose\\b"),
                    Pattern.compile("(?i)\\b(?:double|increase|triple) (?:the|your) dose\\b"
                            + "|\\btake more than (?:the )?(?:recommended|label|maximum)"),
                    Pattern.compile("你(?:可能|应该|大概)?(?:得了|患有|患了)|诊断(?:为|是)|(?:加倍|加大剂量)服用")),
            " I can't give a diagnosis or dosing beyond the label. Please speak to a doctor or pharmacist; "
                    + "if you get worse, seek urgent care.",
            48);

    private MedicalTexts() {}

    static String emergency(Language language) {
        return language.pick(
                "This may be a medical emergency. Call your local emergency number now (911 in the US, 112 in "
                        + "Europe, 999 in the UK) or go to the nearest emergency department. If someone is not "
                        + "breathing or not responding, start CPR if you can. If you are thinking of harming "
                        + "yourself, call or text a crisis line now (988 in the US). A clinician has been alerted.",
                "这可能是紧急情况。请立即拨打急救电话120，或马上去最近的急诊。如有人没有呼吸或没有反应，请尽量进行心肺复苏。"
                        + "如果您有伤害自己的想法，请立即拨打心理援助热线（如 400-161-9995）。已通知医护人员。");
    }

    static String handoff(Language language) {
        return language.pick("I'm passing you to a member of our clinic staff now.", "正在为您转接诊所的工作人员。");
    }

    static String question(String slot, Language language) {
        return switch (slot) {
            case MedicalEntities.SYMPTOM -> language.pick("What symptoms do you have?", "请问您有哪些症状？");
            case MedicalEntities.ONSET ->
                language.pick("When did it start, or how long have you had it?", "症状是什么时候开始的，持续多久了？");
            case MedicalEntities.SEVERITY ->
                language.pick(
                        "How bad is it: mild, moderate or severe (or a number out of 10)?",
                        "严重程度如何：轻微、中等还是严重（或用1到10分表示）？");
            case MedicalEntities.AGE -> language.pick("How old is the patient?", "请问患者多大年龄？");
            case MedicalFlow.ASKED_BACKGROUND ->
                language.pick(
                        "Do you take any medicines, do you have any allergies, and could you be pregnant?",
                        "您目前在服用什么药吗？有没有过敏史？是否可能怀孕？");
            default -> language.pick("Could you tell me more?", "能再详细说说吗？");
        };
    }

    static List<String> guidance(String intent) {
        return switch (intent) {
            case "medication_question" ->
                List.of("Answer only from the medicine's label and leaflet; for anything else refer to a pharmacist.");
            case "test_results" -> List.of("Do not interpret results; offer to book a call with a clinician.");
            default -> List.of();
        };
    }
}
