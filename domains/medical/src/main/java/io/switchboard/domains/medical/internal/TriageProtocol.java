package io.switchboard.domains.medical.internal;

import io.switchboard.domains.core.DomainState;
import io.switchboard.domains.medical.Disposition;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documented protocol table from collected facts to a disposition (red flags never reach it: they escalate
 * first). Rows, first match wins: severe → urgent care; infant with fever → urgent care; pregnant, 65+ with fever,
 * lasting a week or more, or moderate → GP; otherwise self-care.
 */
final class TriageProtocol {

    private static final Pattern SEVERE = Pattern.compile(
            "severe|terrible|unbearable|worst|really bad|very bad|excruciating|(?:[89]|10) ?(?:/|out of) ?10|剧烈|厉害|严重|受不了|非常");
    private static final Pattern MODERATE = Pattern.compile("moderate|[567] ?(?:/|out of) ?10|比较|挺|很");
    private static final Pattern LONG =
            Pattern.compile("weeks?|months?|years?|周|星期|月|年|(?:[7-9]|\\d{2,}) ?(?:days?|天)|[七八九十]+天");

    private TriageProtocol() {}

    static Disposition decide(DomainState state) {
        String severity = state.latest(MedicalEntities.SEVERITY).orElse("").toLowerCase(Locale.ROOT);
        boolean fever = state.pinned().stream()
                .anyMatch(e ->
                        e.type().equals(MedicalEntities.SYMPTOM) && e.value().matches("fever|temperature|发烧|发热"));
        Optional<Integer> age = state.latest(MedicalEntities.AGE).flatMap(TriageProtocol::number);
        if (SEVERE.matcher(severity).find()) {
            return Disposition.URGENT_CARE;
        }
        if (fever && age.map(a -> a < 1).orElse(false)) {
            return Disposition.URGENT_CARE;
        }
        boolean pregnant = state.latest(MedicalEntities.PREGNANCY).isPresent();
        boolean elderlyFever = fever && age.map(a -> a >= 65).orElse(false);
        boolean lasting = state.latest(MedicalEntities.ONSET)
                .map(o -> LONG.matcher(o).find())
                .orElse(false);
        if (pregnant || elderlyFever || lasting || MODERATE.matcher(severity).find()) {
            return Disposition.GP;
        }
        return Disposition.SELF_CARE;
    }

    private static Optional<Integer> number(String value) {
        Matcher m = Pattern.compile("\\d+").matcher(value);
        return m.find() ? Optional.of(Integer.parseInt(m.group())) : Optional.empty();
    }
}
