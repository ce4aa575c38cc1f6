package io.switchboard.dialog.internal;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * A Lua script of this module, run by its SHA-1 (EVALSHA) so a round trip carries arguments only; a server that
 * lost its script cache (restart, failover) gets the source once (EVAL) and caches it again.
 */
record RedisScript(String name, String source, String sha) {

    static final RedisScript LOAD = named("load");
    static final RedisScript SAVE = named("save");
    static final RedisScript RELEASE = named("release");
    static final RedisScript ACK = named("ack");
    static final RedisScript ERASE = named("erase");

    static RedisScript named(String name) {
        try (InputStream in = RedisScript.class.getResourceAsStream(name + ".lua")) {
            if (in == null) {
                throw new IllegalStateException("missing script " + name + ".lua");
            }
            String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new RedisScript(name, source, sha1(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the script and gives its reply as a list (the top-level array the script returned). */
    Mono<List<Object>> run(RedisReactiveCommands<String, byte[]> redis, String[] keys, byte[]... args) {
        return redis.<Object>evalsha(sha, ScriptOutputType.MULTI, keys, args)
                .collectList()
                .onErrorResume(
                        RedisNoScriptException.class,
                        e -> redis.<Object>eval(source, ScriptOutputType.MULTI, keys, args)
                                .collectList())
                .map(RedisScript::topLevel);
    }

    /** The blocking form, for the outbox writer's own thread (never an event loop). */
    long runForInteger(RedisCommands<String, byte[]> redis, String[] keys, byte[]... args) {
        try {
            return redis.<Long>evalsha(sha, ScriptOutputType.INTEGER, keys, args);
        } catch (RedisNoScriptException e) {
            return redis.<Long>eval(source, ScriptOutputType.INTEGER, keys, args);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> topLevel(List<Object> reply) {
        if (reply.size() == 1 && reply.getFirst() instanceof List<?> nested) {
            return (List<Object>) nested;
        }
        return reply;
    }

    private static String sha1(String source) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
