package io.switchboard.inference.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.switchboard.inference.ChatChunk;
import io.switchboard.inference.ChatMessage;
import io.switchboard.inference.ChatRequest;
import io.switchboard.testing.fakeworker.Behaviour;
import io.switchboard.testing.fakeworker.FakeWorker;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Settings and requests for the adapter's tests: fast timeouts, bound exactly as Spring binds them. */
final class Fixtures {

    private static boolean warm;

    private Fixtures() {}

    /** Test settings for these workers, with any {@code key, value} pairs on top. */
    static InferenceProperties properties(List<String> workers, String... overrides) {
        Map<String, String> map = new HashMap<>();
        map.put("switchboard.inference.workers", String.join(",", workers));
        map.put("switchboard.inference.first-token-timeout", "2s");
        map.put("switchboard.inference.stall-timeout", "2s");
        map.put("switchboard.inference.deadline", "20s");
        map.put("switchboard.inference.health-interval", "300ms");
        map.put("switchboard.inference.health-timeout", "2s");
        map.put("switchboard.inference.connect-timeout", "1s");
        map.put("switchboard.inference.ejection-time", "500ms");
        map.put("switchboard.inference.max-ejection-time", "1s");
        map.put("switchboard.inference.breaker-open-wait", "500ms");
        for (int i = 0; i < overrides.length; i += 2) {
            map.put("switchboard.inference." + overrides[i], overrides[i + 1]);
        }
        return bind(map);
    }

    static InferenceProperties bind(Map<String, String> map) {
        return new Binder(new MapConfigurationPropertySource(map))
                .bind("switchboard.inference", InferenceProperties.class)
                .get();
    }

    static InferenceAdapter adapter(List<String> workers, String... overrides) {
        return adapter(new SimpleMeterRegistry(), workers, overrides);
    }

    static InferenceAdapter adapter(MeterRegistry registry, List<String> workers, String... overrides) {
        warmUp();
        return InferenceAdapter.start(properties(workers, overrides), registry);
    }

    /**
     * Serves one reply through a throwaway worker and adapter, once per JVM, so that class loading and BlockHound's
     * instrumentation on a busy machine do not eat the first test's timeouts.
     */
    static synchronized void warmUp() {
        if (warm) {
            return;
        }
        try (FakeWorker worker = FakeWorker.start(Behaviour.defaults());
                InferenceAdapter adapter = InferenceAdapter.start(
                        properties(List.of(worker.baseUrl()), "first-token-timeout", "60s"),
                        new SimpleMeterRegistry())) {
            adapter.completions().stream(request("warm-up")).blockLast(Duration.ofSeconds(60));
            adapter.completions().complete(request("warm-up")).block(Duration.ofSeconds(60));
        }
        warm = true;
    }

    static ChatRequest request(String conversation) {
        return ChatRequest.of(conversation, List.of(ChatMessage.user("Where is my order?")));
    }

    static String text(List<ChatChunk> chunks) {
        return chunks.stream().map(ChatChunk::text).collect(Collectors.joining());
    }
}
