package io.switchboard.platform.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A webhook receiver on 127.0.0.1 for tests: records every request and answers from a script per path (200 when empty). */
public final class Receiver implements AutoCloseable {

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Queue<Integer>> script = new ConcurrentHashMap<>();
    private final Map<String, Duration> delays = new ConcurrentHashMap<>();

    public Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getRawPath();
            Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, String.join(", ", v)));
            received.add(
                    new Received(exchange.getRequestMethod(), path, headers, new String(body, StandardCharsets.UTF_8)));
            Queue<Integer> answers = script.get(path);
            Integer status;
            synchronized (this) {
                status = answers == null || answers.isEmpty() ? null : answers.poll();
            }
            Duration delay = delays.get(path);
            if (delay != null) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int code = status == null ? 200 : status;
            if (code >= 300 && code < 400) {
                exchange.getResponseHeaders().set("Location", "/landing");
            }
            exchange.sendResponseHeaders(code, -1);
            exchange.close();
        });
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** The next requests to {@code path} are answered with these statuses, in order; then 200. */
    public synchronized void answer(String path, Integer... statuses) {
        script.put(path, new ArrayDeque<>(List.of(statuses)));
    }

    /** Requests to {@code path} are answered {@code delay} after they arrive (they are recorded at once). */
    public void delay(String path, Duration delay) {
        delays.put(path, delay);
    }

    public List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    /** One request as the receiver saw it. */
    public record Received(String method, String path, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name);
        }
    }
}
