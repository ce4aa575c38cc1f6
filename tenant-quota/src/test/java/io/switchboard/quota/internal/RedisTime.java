package io.switchboard.quota.internal;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.util.List;

/** Reads Redis's own clock (TIME) and cleans up a test's keys, on a plain synchronous connection. */
final class RedisTime implements AutoCloseable {

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;

    RedisTime(String uri) {
        this.client = RedisClient.create(uri);
        this.connection = client.connect();
    }

    long nowMicros() {
        List<String> t = connection.sync().time();
        return Long.parseLong(t.get(0)) * 1_000_000L + Long.parseLong(t.get(1));
    }

    void deleteKeys(String prefix) {
        var keys = connection.sync().keys(prefix + "*");
        if (!keys.isEmpty()) {
            connection.sync().del(keys.toArray(String[]::new));
        }
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }
}
