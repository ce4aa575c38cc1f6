package io.switchboard.platform.db;

import io.switchboard.platform.PlatformProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The one way reactive code reaches PostgreSQL: each call runs on a bounded scheduler sized like the
 * connection pool, so JDBC never blocks an event loop and never holds more threads than connections.
 */
@Component
public class Jdbc implements DisposableBean {

    private final JdbcClient client;
    private final TransactionTemplate transactions;
    private final Scheduler scheduler;

    Jdbc(JdbcClient client, TransactionTemplate transactions, PlatformProperties properties) {
        this.client = client;
        this.transactions = transactions;
        this.scheduler = Schedulers.newBoundedElastic(properties.jdbcPoolSize(), 10_000, "switchboard-jdbc", 60, true);
    }

    /** Runs {@code work} off the event loop; a null result completes empty. */
    public <T> Mono<T> call(Work<T> work) {
        return Mono.fromCallable(() -> work.apply(client)).subscribeOn(scheduler);
    }

    /** Runs {@code work} off the event loop in one transaction. */
    public <T> Mono<T> inTransaction(Work<T> work) {
        return Mono.fromCallable(() -> transactions.execute(status -> {
                    try {
                        return work.apply(client);
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .subscribeOn(scheduler);
    }

    @Override
    public void destroy() {
        scheduler.dispose();
    }

    /** A unit of blocking work against the database. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(JdbcClient db) throws Exception;
    }
}
