package io.switchboard.domains.core.pii.internal;

import io.switchboard.domains.core.pii.PiiType;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The rules Switchboard ships for each PII type. */
public final class DefaultRules {

    private DefaultRules() {}

    public static List<Rule> forTypes(Set<PiiType> types) {
        return Stream.of(
                        EmailRules.rules(),
                        PhoneRules.rules(),
                        PaymentCardRules.rules(),
                        IbanRules.rules(),
                        UsSsnRules.rules(),
                        CnResidentIdRules.rules(),
                        DateOfBirthRules.rules(),
                        IpAddressRules.rules())
                .flatMap(List::stream)
                .filter(rule -> types.contains(rule.type()))
                .toList();
    }
}
