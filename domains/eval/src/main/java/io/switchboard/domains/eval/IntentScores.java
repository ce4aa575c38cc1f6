package io.switchboard.domains.eval;

import io.switchboard.domains.core.DomainKind;
import io.switchboard.domains.core.TenantDomainConfig;
import io.switchboard.domains.core.intent.IntentClassifier;
import io.switchboard.domains.ecommerce.EcommerceDomain;
import io.switchboard.domains.finance.FinanceDomain;
import io.switchboard.domains.medical.MedicalDomain;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/** Intent accuracy per domain with each domain's base classifier (the domain is given, the intent predicted). */
record IntentScores(Map<String, int[]> perDomain, Map<String, int[]> perIntent) {

    static IntentScores of(List<JsonNode> rows) {
        Map<DomainKind, IntentClassifier> classifiers = new EnumMap<>(DomainKind.class);
        Map<String, int[]> perDomain = new TreeMap<>();
        Map<String, int[]> perIntent = new TreeMap<>();
        for (JsonNode row : rows) {
            String domain = Jsonl.text(row, "domain");
            DomainKind kind = DomainKind.fromId(domain)
                    .orElseThrow(() -> new IllegalArgumentException("unknown domain '" + domain + "'"));
            IntentClassifier classifier = classifiers.computeIfAbsent(kind, IntentScores::classifier);
            String gold = Jsonl.text(row, "intent");
            boolean ok = classifier.classify(Jsonl.text(row, "text")).intent().equals(gold);
            count(perDomain, domain, ok);
            count(perIntent, domain + "/" + gold, ok);
        }
        return new IntentScores(perDomain, perIntent);
    }

    private static IntentClassifier classifier(DomainKind kind) {
        TenantDomainConfig config = TenantDomainConfig.defaults("eval", kind);
        return switch (kind) {
            case FINANCE -> FinanceDomain.classifier(config);
            case ECOMMERCE -> EcommerceDomain.classifier(config);
            case MEDICAL -> MedicalDomain.classifier(config);
        };
    }

    private static void count(Map<String, int[]> into, String key, boolean ok) {
        int[] counts = into.computeIfAbsent(key, k -> new int[2]);
        counts[0]++;
        if (ok) {
            counts[1]++;
        }
    }

    double accuracy() {
        int n = perDomain.values().stream().mapToInt(c -> c[0]).sum();
        int ok = perDomain.values().stream().mapToInt(c -> c[1]).sum();
        return n == 0 ? 0 : ok / (double) n;
    }

    String table() {
        StringBuilder out = new StringBuilder(String.format("%-36s %6s %8s%n", "domain/intent", "rows", "accuracy"));
        perIntent.forEach((k, c) -> out.append(String.format("%-36s %6d %8.3f%n", k, c[0], c[1] / (double) c[0])));
        perDomain.forEach((k, c) -> out.append(String.format("%-36s %6d %8.3f%n", k, c[0], c[1] / (double) c[0])));
        out.append(String.format(
                "%-36s %6d %8.3f%n",
                "all", perDomain.values().stream().mapToInt(c -> c[0]).sum(), accuracy()));
        return out.toString();
    }

    String json() {
        Map<String, Object> domains = new LinkedHashMap<>();
        perDomain.forEach((k, c) -> domains.put(k, TriageScores.round(c[1] / (double) c[0])));
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("accuracy", TriageScores.round(accuracy()));
        all.put("per_domain", domains);
        return Jsonl.json(all);
    }
}
