package io.switchboard.quota.internal;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import reactor.core.publisher.Mono;

/**
 * A Lua script run by its SHA-1 ({@code EVALSHA}), sent whole once when Redis does not know it (after a restart
 * or a failover), so the hot path never ships the script's text.
 */
final class LuaScript {

    private final String source;
    private final String sha;
    private final ScriptOutputType type;

    private LuaScript(String source, ScriptOutputType type) {
        this.source = source;
        this.type = type;
        try {
            this.sha = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static LuaScript load(String name, ScriptOutputType type) {
        try (InputStream in = LuaScript.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("script " + name + " is missing from the class path");
            }
            return new LuaScript(new String(in.readAllBytes(), StandardCharsets.UTF_8), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T> Mono<T> run(RedisAsyncCommands<String, String> redis, String[] keys, String... args) {
        Mono<T> bySha = Mono.fromCompletionStage(() -> redis.<T>evalsha(sha, type, keys, args));
        return bySha.onErrorResume(
                RedisNoScriptException.class,
                e -> Mono.fromCompletionStage(() -> redis.<T>eval(source, type, keys, args)));
    }
}
