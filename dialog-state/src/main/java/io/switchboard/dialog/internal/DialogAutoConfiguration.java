package io.switchboard.dialog.internal;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.resource.ClientResources;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.switchboard.dialog.Dialogs;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Builds the dialog store ({@link Dialogs}) from {@code switchboard.dialog.*}, and starts the transcript writer
 * with the application when a {@link DataSource} is present.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"
        })
@EnableConfigurationProperties(DialogProperties.class)
class DialogAutoConfiguration {

    /** The Lettuce client of the dialog store, unless the application provides one named {@code dialogRedisClient}. */
    @Bean(destroyMethod = "shutdown")
    @ConditionalOnMissingBean(name = "dialogRedisClient")
    RedisClient dialogRedisClient(
            DialogProperties properties, Environment environment, ObjectProvider<ClientResources> resources) {
        String configured = properties.redisUri() != null
                ? properties.redisUri()
                : environment.getProperty("spring.data.redis.url", "redis://127.0.0.1:6379");
        RedisURI uri = RedisURI.create(configured);
        uri.setTimeout(properties.commandTimeout());
        // the application's Lettuce event loops when it has them (Spring Boot's Redis support does); a shared set is
        // not shut down with this client
        ClientResources shared = resources.getIfUnique();
        return shared == null ? RedisClient.create(uri) : RedisClient.create(shared, uri);
    }

    @Bean(destroyMethod = "close")
    DialogStack dialogStack(
            DialogProperties properties,
            RedisClient dialogRedisClient,
            ObjectProvider<DataSource> dataSource,
            ObjectProvider<MeterRegistry> meters) {
        return new DialogStack(
                properties,
                dialogRedisClient,
                dataSource.getIfAvailable(),
                meters.getIfAvailable(() -> Metrics.globalRegistry));
    }

    @Bean
    @ConditionalOnMissingBean
    Dialogs dialogs(DialogStack dialogStack) {
        return dialogStack.dialogs();
    }

    @Bean
    SmartLifecycle dialogOutboxWriterLifecycle(DialogStack dialogStack) {
        return new SmartLifecycle() {
            @Override
            public void start() {
                OutboxWriter writer = dialogStack.writer();
                if (writer != null) {
                    writer.start();
                }
            }

            @Override
            public void stop() {
                OutboxWriter writer = dialogStack.writer();
                if (writer != null) {
                    writer.close();
                }
            }

            @Override
            public boolean isRunning() {
                OutboxWriter writer = dialogStack.writer();
                return writer != null && writer.isRunning();
            }

            /**
             * Stops after a web server has drained its requests (Spring Boot stops it in phases just below
             * {@link SmartLifecycle#DEFAULT_PHASE}): the writer runs through the drain and its close makes a last
             * pass over the outbox, so the turns answered during the drain reach the transcript from this replica.
             */
            @Override
            public int getPhase() {
                return 2048;
            }
        };
    }
}
