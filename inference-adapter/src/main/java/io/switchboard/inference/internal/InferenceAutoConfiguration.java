package io.switchboard.inference.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.switchboard.inference.ChatCompletions;
import io.switchboard.inference.PoolLoad;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Gives an application the inference port ({@link ChatCompletions}) and the pool's load ({@link PoolLoad}) from
 * {@code switchboard.inference.*}, metered on the application's {@link MeterRegistry} when it has one.
 */
@AutoConfiguration
@EnableConfigurationProperties(InferenceProperties.class)
public class InferenceAutoConfiguration {

    @Bean(destroyMethod = "close")
    InferenceAdapter inferenceAdapter(
            InferenceProperties properties,
            ObjectProvider<MeterRegistry> registry,
            @Qualifier(ChatCompletions.TIMERS_BEAN) ObjectProvider<Scheduler> timers) {
        return InferenceAdapter.start(
                properties,
                registry.getIfAvailable(() -> Metrics.globalRegistry),
                timers.getIfAvailable(Schedulers::parallel));
    }

    @Bean
    AdapterLifecycle inferenceAdapterLifecycle(InferenceAdapter adapter) {
        return new AdapterLifecycle(adapter);
    }

    @Bean
    ChatCompletions chatCompletions(InferenceAdapter adapter) {
        return adapter.completions();
    }

    @Bean
    PoolLoad poolLoad(InferenceAdapter adapter) {
        return adapter.load();
    }
}
