package io.switchboard.quota.internal;

import io.lettuce.core.resource.ClientResources;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.switchboard.quota.Quotas;
import io.switchboard.quota.SystemLoad;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Gives an application that depends on this module its {@link Quotas} and {@link SystemLoad}, over the quota's
 * own Lettuce connection to {@code switchboard.quota.redis-uri}.
 */
@AutoConfiguration
@EnableConfigurationProperties(QuotaProperties.class)
public class QuotaAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    RedisLink quotaRedisLink(QuotaProperties properties, ObjectProvider<ClientResources> resources) {
        // the application's Lettuce event loops when it has them (Spring Boot's Redis support does): fewer threads
        // on few cores, and no hop between loops for a turn's Redis calls
        return new RedisLink(properties.redisUri(), properties.redisTimeout(), resources.getIfUnique());
    }

    @Bean
    @ConditionalOnMissingBean
    SystemLoad systemLoad(RedisLink quotaRedisLink, QuotaProperties properties) {
        return new RedisSystemLoad(quotaRedisLink, properties, Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean
    Quotas quotas(
            RedisLink quotaRedisLink,
            SystemLoad systemLoad,
            QuotaProperties properties,
            ObjectProvider<MeterRegistry> meters,
            @Qualifier(Quotas.TIMERS_BEAN) ObjectProvider<Scheduler> timers) {
        MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
        return new RedisQuotas(
                quotaRedisLink,
                systemLoad,
                properties,
                registry,
                Clock.systemUTC(),
                timers.getIfAvailable(Schedulers::parallel));
    }
}
