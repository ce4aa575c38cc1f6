package io.switchboard.platform.wiring;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Connects the platform's own Redis connection at start-up: Spring Data Redis connects lazily, and that first
 * connect blocks whichever thread asks first — an event loop, on the first request.
 */
@Configuration(proxyBeanMethods = false)
class RedisWiring {

    @Bean
    static BeanPostProcessor eagerRedisConnection() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof LettuceConnectionFactory factory) {
                    factory.setEagerInitialization(true);
                }
                return bean;
            }
        };
    }
}
