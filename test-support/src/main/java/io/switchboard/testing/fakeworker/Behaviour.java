package io.switchboard.testing.fakeworker;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The knobs of a fake worker, immutable; change them with the {@code with…} methods, or by name with {@link
 * #with(Map)} (the names are those of the command line, {@code --name=value}, and of {@code POST /fake/behaviour?name=value}).
 *
 * <table>
 *   <caption>Knob names</caption>
 *   <tr><td>{@code tokens}</td><td>tokens per reply (capped by the request's {@code max_tokens})</td></tr>
 *   <tr><td>{@code first-token-delay-ms}</td><td>delay before the first token</td></tr>
 *   <tr><td>{@code inter-token-delay-ms}</td><td>delay between tokens</td></tr>
 *   <tr><td>{@code failure}</td><td>a {@link Failure} name</td></tr>
 *   <tr><td>{@code fail-after-tokens}</td><td>tokens sent before a mid-stream failure</td></tr>
 *   <tr><td>{@code error-shape}</td><td>an {@link ErrorShape} name, for every error body and error event</td></tr>
 *   <tr><td>{@code retry-after-s}</td><td>the {@code Retry-After} of a 503</td></tr>
 *   <tr><td>{@code max-running}</td><td>streams served at once before answering 503 (0: no limit)</td></tr>
 *   <tr><td>{@code queue-depth}, {@code extra-running}, {@code kv-cache-usage}</td><td>load added to what /health reports</td></tr>
 *   <tr><td>{@code readiness}</td><td>a {@link Readiness} name</td></tr>
 * </table>
 */
public record Behaviour(
        int tokens,
        Duration firstTokenDelay,
        Duration interTokenDelay,
        Failure failure,
        int failAfterTokens,
        ErrorShape errorShape,
        int retryAfterSeconds,
        int maxRunning,
        int queueDepth,
        int extraRunning,
        double kvCacheUsage,
        Readiness readiness) {

    public Behaviour {
        if (tokens < 0
                || failAfterTokens < 0
                || retryAfterSeconds < 0
                || maxRunning < 0
                || queueDepth < 0
                || extraRunning < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        if (firstTokenDelay.isNegative() || interTokenDelay.isNegative()) {
            throw new IllegalArgumentException("delays must not be negative");
        }
        if (kvCacheUsage < 0 || kvCacheUsage > 1) {
            throw new IllegalArgumentException("kv-cache-usage must be in [0, 1]");
        }
    }

    /** Ten tokens, no delay, no failure, ready. */
    public static Behaviour defaults() {
        return new Behaviour(
                10, Duration.ZERO, Duration.ZERO, Failure.NONE, 0, ErrorShape.NESTED, 1, 0, 0, 0, 0.0, Readiness.READY);
    }

    /** This behaviour with the named knobs changed; unknown names and bad values throw {@link IllegalArgumentException}. */
    public Behaviour with(Map<String, String> knobs) {
        Map<String, String> all = new LinkedHashMap<>(asMap());
        knobs.forEach((name, value) -> {
            if (!all.containsKey(name)) {
                throw new IllegalArgumentException("unknown knob '" + name + "', known: " + all.keySet());
            }
            all.put(name, value);
        });
        try {
            return new Behaviour(
                    Integer.parseInt(all.get("tokens")),
                    Duration.ofMillis(Long.parseLong(all.get("first-token-delay-ms"))),
                    Duration.ofMillis(Long.parseLong(all.get("inter-token-delay-ms"))),
                    Failure.valueOf(all.get("failure").toUpperCase(Locale.ROOT)),
                    Integer.parseInt(all.get("fail-after-tokens")),
                    ErrorShape.valueOf(all.get("error-shape").toUpperCase(Locale.ROOT)),
                    Integer.parseInt(all.get("retry-after-s")),
                    Integer.parseInt(all.get("max-running")),
                    Integer.parseInt(all.get("queue-depth")),
                    Integer.parseInt(all.get("extra-running")),
                    Double.parseDouble(all.get("kv-cache-usage")),
                    Readiness.valueOf(all.get("readiness").toUpperCase(Locale.ROOT)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad knob value: " + e.getMessage(), e);
        }
    }

    /** The knobs by name, as {@link #with(Map)} reads them. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("tokens", Integer.toString(tokens));
        map.put("first-token-delay-ms", Long.toString(firstTokenDelay.toMillis()));
        map.put("inter-token-delay-ms", Long.toString(interTokenDelay.toMillis()));
        map.put("failure", failure.name());
        map.put("fail-after-tokens", Integer.toString(failAfterTokens));
        map.put("error-shape", errorShape.name());
        map.put("retry-after-s", Integer.toString(retryAfterSeconds));
        map.put("max-running", Integer.toString(maxRunning));
        map.put("queue-depth", Integer.toString(queueDepth));
        map.put("extra-running", Integer.toString(extraRunning));
        map.put("kv-cache-usage", Double.toString(kvCacheUsage));
        map.put("readiness", readiness.name());
        return map;
    }

    public Behaviour withTokens(int value) {
        return with(Map.of("tokens", Integer.toString(value)));
    }

    public Behaviour withFirstTokenDelay(Duration value) {
        return with(Map.of("first-token-delay-ms", Long.toString(value.toMillis())));
    }

    public Behaviour withInterTokenDelay(Duration value) {
        return with(Map.of("inter-token-delay-ms", Long.toString(value.toMillis())));
    }

    /** Fails this way; mid-stream failures happen after {@code afterTokens} tokens. */
    public Behaviour withFailure(Failure value, int afterTokens) {
        return with(Map.of("failure", value.name(), "fail-after-tokens", Integer.toString(afterTokens)));
    }

    public Behaviour withErrorShape(ErrorShape value) {
        return with(Map.of("error-shape", value.name()));
    }

    public Behaviour withMaxRunning(int value) {
        return with(Map.of("max-running", Integer.toString(value)));
    }

    /** Adds this load to what {@code /health} reports. */
    public Behaviour withReportedLoad(int queueDepth, int extraRunning, double kvCacheUsage) {
        return with(Map.of(
                "queue-depth", Integer.toString(queueDepth),
                "extra-running", Integer.toString(extraRunning),
                "kv-cache-usage", Double.toString(kvCacheUsage)));
    }

    public Behaviour withReadiness(Readiness value) {
        return with(Map.of("readiness", value.name()));
    }
}
