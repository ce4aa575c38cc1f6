package io.switchboard.platform.wiring;

import java.util.List;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Boot's JSON mapper, with Jackson's buffers recycled per thread. Jackson 3 recycles them through a shared
 * pool by default, and WebFlux's JSON encoder takes a recycler from that pool for each response without giving it
 * back, so every encode (and every other use of the shared mapper after it) started from empty buffers: ~19 KB of
 * garbage per encode against ~0.8 KB with per-thread recycling (docs/benchmarks.md, "Eighth session"). Per-thread
 * recycling is Jackson 2's default; the turn path's JSON runs on a few long-lived event-loop threads.
 */
@Configuration(proxyBeanMethods = false)
class JsonWiring {

    /** Replaces Boot's builder (same customizers, same order); only the stream factory differs. */
    @Bean
    @Scope("prototype")
    JsonMapper.Builder jsonMapperBuilder(List<JsonMapperBuilderCustomizer> customizers) {
        JsonMapper.Builder builder = JsonMapper.builder(JsonFactory.builder()
                .recyclerPool(JsonRecyclerPools.threadLocalPool())
                .build());
        customizers.forEach(customizer -> customizer.customize(builder));
        return builder;
    }
}
